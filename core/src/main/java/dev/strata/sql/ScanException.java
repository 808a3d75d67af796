package dev.strata.sql;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;

/**
 * A migration file could not be split into statements. The message is Atlas's, including its {@code
 * line:column: } prefix, for example {@code 3:7: unclosed quote '\''} or {@code 1:10: unexpected
 * ')'}; {@code empty delimiter} is the one message without a position.
 *
 * <p>Positions follow Atlas (atlas-compat.md §2.1): lines are 1-based, the column is the 0-based
 * byte offset inside the line, and for an unbalanced character Atlas points just past it (the
 * {@code '('}, {@code ')'} or opening quote). For invalid UTF-8 the position is the first bad byte.
 */
public class ScanException extends StrataException {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final int column;
  private final long offset;
  private final String reason;

  /**
   * Creates the exception for {@code reason} at a position; the message is {@code line:column:
   * reason}.
   */
  public ScanException(int line, int column, long offset, String reason) {
    this(line + ":" + column + ": " + reason, line, column, offset, reason);
  }

  private ScanException(String message, int line, int column, long offset, String reason) {
    super(ErrorCode.SCAN, message);
    this.line = line;
    this.column = column;
    this.offset = offset;
    this.reason = reason;
  }

  /**
   * Returns an exception whose message is {@code reason} alone, as Atlas prints {@code empty
   * delimiter}.
   */
  static ScanException withoutPrefix(int line, int column, long offset, String reason) {
    return new ScanException(reason, line, column, offset, reason);
  }

  /** Returns the 1-based line of the position. */
  public int line() {
    return line;
  }

  /** Returns the 0-based byte column of the position inside its line. */
  public int column() {
    return column;
  }

  /** Returns the UTF-8 byte offset of the position in the file. */
  public long offset() {
    return offset;
  }

  /** Returns the message without its position prefix, e.g. {@code unexpected ')'}. */
  public String reason() {
    return reason;
  }
}
