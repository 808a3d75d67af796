package dev.strata.sql;

import java.util.ArrayList;
import java.util.List;

/** Splits SQL text held in memory; a convenience over {@link StatementScanner}. */
public final class Splitter {
  private Splitter() {}

  /**
   * Returns the statements of {@code text} in order; empty when it holds none (only white space or
   * comments). Offsets are UTF-8 byte offsets of the text.
   *
   * @throws ScanException when the text cannot be split
   */
  public static List<Statement> split(String text, LexOptions options) {
    StatementScanner scanner =
        new StatementScanner(CharSource.of(text), options, BlockRule.DEFAULT_MAX_CHARS);
    List<Statement> out = new ArrayList<>();
    for (Statement s = scanner.next(); s != null; s = scanner.next()) {
      out.add(s);
    }
    return out;
  }
}
