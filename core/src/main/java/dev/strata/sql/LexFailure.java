package dev.strata.sql;

/**
 * Internal signal of a scan error, thrown deep inside the lexer with a character position only. The
 * scanner first finishes the statements it owes (in order) and then turns it into a {@link
 * ScanException} with line, column and byte offset; the order matters because positions are
 * computed by one forward walk over the input.
 */
final class LexFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Character position of the error, or -1 when the message carries none. */
  final long position;

  final String reason;

  LexFailure(long position, String reason) {
    super(reason, null, false, false);
    this.position = position;
    this.reason = reason;
  }
}
