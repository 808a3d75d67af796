package dev.strata.error;

import java.util.Objects;

/**
 * The one exception root of Strata. Its message is the text printed after {@code Error: } and
 * follows Atlas's wording where Atlas has one. Subclasses exist only when they carry data.
 */
public class StrataException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public StrataException(ErrorCode code, String message) {
    this(code, message, null);
  }

  public StrataException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** Returns the stable error code; never null. */
  public ErrorCode code() {
    return code;
  }
}
