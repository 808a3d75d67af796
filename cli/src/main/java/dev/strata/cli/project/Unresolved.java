package dev.strata.cli.project;

import com.bertramlabs.plugins.hcl4j.symbols.Symbol;
import java.util.Collection;
import java.util.Map;

/**
 * A value hcl4j could not compute: an unknown reference, an unsupported data source, an unknown
 * function or a function that failed. hcl4j itself turns these into {@code null} or into the
 * reference's own text; {@link AtlasHclParser} returns this marker instead, so that the env the
 * user selected can report it while envs that were not selected (which Atlas never evaluates) do
 * not fail the load.
 *
 * <p>The marker survives string interpolation through {@link #toString()}: the text is a sentinel
 * framed by NUL characters, which {@link #find(Object)} recognises inside a larger string.
 *
 * @param line 1-based line of the expression, 0 when hcl4j did not say
 * @param column 1-based column of the expression, 0 when hcl4j did not say
 * @param problem what went wrong, phrased to follow "file:line,column: "
 */
record Unresolved(int line, int column, String problem) {
  private static final char FRAME = '\u0000';
  private static final String TAG = "unresolved|";

  /** Returns a marker positioned at {@code symbol}. */
  static Unresolved at(Symbol symbol, String problem) {
    return new Unresolved(oneBased(symbol.getLine()), oneBased(symbol.getColumn()), problem);
  }

  private static int oneBased(Integer zeroBased) {
    return zeroBased == null ? 0 : zeroBased + 1;
  }

  /** Returns the message for this marker, prefixed with the file name and position. */
  String message(String fileName) {
    return line == 0
        ? fileName + ": " + problem
        : fileName + ":" + line + "," + column + ": " + problem;
  }

  @Override
  public String toString() {
    return FRAME + TAG + line + "|" + column + "|" + problem + FRAME;
  }

  /**
   * Returns the first marker inside {@code value} (a marker, a string that embeds one, or a list or
   * map holding either), or null when the value is fully resolved.
   */
  static Unresolved find(Object value) {
    if (value instanceof Unresolved) {
      return (Unresolved) value;
    }
    if (value instanceof CharSequence) {
      return parse(value.toString());
    }
    if (value instanceof Map) {
      return find(((Map<?, ?>) value).values());
    }
    if (value instanceof Collection) {
      for (Object element : (Collection<?>) value) {
        Unresolved found = find(element);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static Unresolved parse(String text) {
    int start = text.indexOf(FRAME + TAG);
    if (start < 0) {
      return null;
    }
    int end = text.indexOf(FRAME, start + 1);
    String[] parts =
        text.substring(start + 1 + TAG.length(), end < 0 ? text.length() : end).split("\\|", 3);
    return new Unresolved(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]);
  }
}
