package dev.strata.sql;

/**
 * The few Go text rules Atlas's scanner inherits from its language, so that Strata trims, matches
 * and quotes exactly as Atlas does: {@code unicode.IsSpace}, RE2's {@code \s}, {@code
 * strconv.Quote} and {@code %q} of a rune.
 */
final class GoText {
  private GoText() {}

  /**
   * Returns whether Go's {@code unicode.IsSpace} holds: ASCII white space including {@code \v},
   * NEL, NO-BREAK SPACE and the Unicode White_Space characters. The byte-order mark is not a space.
   */
  static boolean isSpace(int c) {
    if (c <= 0xFF) {
      return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
    }
    return c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  /** Returns whether RE2's {@code \s} matches: {@code [\t\n\f\r ]}, without {@code \v}. */
  static boolean isReSpace(int c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  /** Returns whether RE2's {@code \w} matches: {@code [0-9A-Za-z_]}. */
  static boolean isWord(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** Returns whether the character is printable ASCII, the class {@code [ -~]}. */
  static boolean isPrintableAscii(int c) {
    return c >= ' ' && c <= '~';
  }

  /** Returns {@code s} without leading and trailing Go spaces; never null. */
  static String trimSpace(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  /**
   * Returns Go's {@code %q} rendering of a quote rune: {@code '\''}, {@code '"'} or {@code '`'}.
   */
  static String quoteRune(char quote) {
    return quote == '\'' ? "'\\''" : "'" + quote + "'";
  }

  /**
   * Returns Go's {@code strconv.Quote} of {@code s}: double-quoted, with {@code \"}, {@code \\},
   * the C escapes and {@code \xNN}/{@code \\uNNNN} for other control characters.
   */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case 0x07:
          b.append("\\a");
          break;
        case '\b':
          b.append("\\b");
          break;
        case '\f':
          b.append("\\f");
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
        case 0x0B:
          b.append("\\v");
          break;
        default:
          if (c < ' ' || c == 0x7F) {
            b.append(String.format("\\x%02x", (int) c));
          } else if (Character.isISOControl(c)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }
}
