package dev.strata.spi.support;

import java.util.Locale;

/**
 * Writes JSON string literals with the escapes of Go's {@code encoding/json} ({@code json.Marshal}):
 * <code>\"</code>, <code>\\</code>, <code>\n</code>, <code>\r</code>, <code>\t</code>, and
 * <code>&#92;u00XX</code> for the other control characters; <code>&#92;u003c</code>, <code>
 * &#92;u003e</code> and <code>&#92;u0026</code> for {@code <}, {@code >} and {@code &} (HTML
 * safety); and <code>&#92;u2028</code>, <code>&#92;u2029</code> for the JavaScript line separators.
 * Everything else is written as it is.
 */
public final class JsonStrings {
  private JsonStrings() {}

  /** Appends {@code s} to {@code out} as a quoted JSON string, as Go writes it. */
  public static void append(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (c < 0x20
              || c == '<'
              || c == '>'
              || c == '&'
              || c == '\u2028'
              || c == '\u2029') {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    b.append('"');
  }
}
