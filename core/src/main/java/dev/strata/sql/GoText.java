package dev.strata.sql;

/**
 * The few Go text rules Atlas's scanner inherits from its language, so that Strata trims, matches
 * and quotes exactly as Atlas does: {@code unicode.IsSpace}, RE2's {@code \s}, {@code
 * strconv.Quote} and {@code %q} of a rune.
 */
public final class GoText {
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
   * Returns Go's {@code strconv.Quote} of {@code s}: double-quoted; {@code \"} and {@code \\};
   * the C escapes {@code \a \b \f \n \r \t \v}; {@code \xNN} for other ASCII controls;
   * {@code \\uNNNN} or {@code \UNNNNNNNN} for any other character Go does not count as printable
   * (controls, format characters, spaces other than U+0020, unassigned code points, lone
   * surrogates); every other character as itself. Go's tables follow its Unicode version, Java's
   * its own: the two can differ on characters assigned in between.
   */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case 0x07 -> b.append("\\a");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case 0x0B -> b.append("\\v");
        default -> {
          if (cp < ' ' || cp == 0x7F) {
            b.append("\\x").append(hex(cp, 2));
          } else if (isGoPrintable(cp)) {
            b.appendCodePoint(cp);
          } else if (cp > 0xFFFF) {
            b.append("\\U").append(hex(cp, 8));
          } else {
            b.append("\\u").append(hex(cp, 4));
          }
        }
      }
    }
    return b.append('"').toString();
  }

  // Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
  private static boolean isGoPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private static String hex(int value, int digits) {
    String h = Integer.toHexString(value);
    return "0".repeat(Math.max(0, digits - h.length())) + h;
  }
}
