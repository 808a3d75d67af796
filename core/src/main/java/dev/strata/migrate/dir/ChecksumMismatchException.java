package dev.strata.migrate.dir;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;

/**
 * {@code atlas.sum} does not match the migration directory. The message is always Atlas's {@code
 * checksum mismatch}; the fields say where, when that is known (Atlas's ChecksumError).
 */
public final class ChecksumMismatchException extends StrataException {
  private static final long serialVersionUID = 1L;

  /** Why a sum-file line no longer matches the directory. */
  public enum Reason {
    /** A file was inserted before the line's file, or appended. */
    ADDED("added"),
    /** The line's file changed (or a file before it was ignored or un-ignored). */
    EDITED("edited"),
    /** The line's file is gone. */
    REMOVED("removed");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    /** Returns the word Atlas prints after "was": "added", "edited" or "removed". */
    public String text() {
      return text;
    }
  }

  private final String file;
  private final int line;
  private final long pos;
  private final Reason reason;

  /** A mismatch with no line-level detail (a tampered sum file). */
  public ChecksumMismatchException() {
    this(null, 0, 0, null);
  }

  /**
   * A mismatch located at one line of the sum file.
   *
   * @param file the file the line is about (for ADDED, the file that was inserted)
   * @param line the 1-based line of the sum file (the first entry is line 2)
   * @param pos the byte offset of that line in the sum file
   */
  public ChecksumMismatchException(String file, int line, long pos, Reason reason) {
    super(ErrorCode.CHECKSUM, "checksum mismatch");
    this.file = file;
    this.line = line;
    this.pos = pos;
    this.reason = reason;
  }

  /** Returns the file name the mismatch is about, or null when unknown. */
  public String file() {
    return file;
  }

  /** Returns the 1-based sum-file line of the mismatch, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** Returns the byte offset of {@link #line()} in the sum file, or 0 when unknown. */
  public long pos() {
    return pos;
  }

  /** Returns why the line mismatches, or null when unknown. */
  public Reason reason() {
    return reason;
  }
}
