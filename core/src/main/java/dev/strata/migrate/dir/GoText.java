package dev.strata.migrate.dir;

import java.util.ArrayList;
import java.util.List;

/**
 * The two pieces of Go's text handling that Atlas's directory code relies on and Java does
 * differently: {@code bufio.ScanLines} and {@code strings.TrimSpace} / {@code unicode.IsSpace}.
 */
final class GoText {
  private GoText() {}

  /**
   * Returns the lines of {@code text}: split on \n, one trailing \r dropped, no empty last line.
   */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(from, end);
      out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
      from = end + 1;
    }
    return out;
  }

  /** Returns {@code s} without leading and trailing white space as Go's unicode.IsSpace sees it. */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /**
   * Returns {@code s} without trailing white space (Go's strings.TrimRightFunc(s,
   * unicode.IsSpace)).
   */
  static String trimRight(String s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Returns the first white-space-separated word of {@code s}, or empty. */
  static String firstWord(String s) {
    String t = trim(s);
    int i = 0;
    while (i < t.length() && !isSpace(t.charAt(i))) {
      i++;
    }
    return t.substring(0, i);
  }

  // unicode.IsSpace: '\t', '\n', '\v', '\f', '\r', ' ', U+0085, U+00A0 and the Zs/Zl/Zp characters.
  // (Java's Character.isWhitespace differs: it omits U+00A0 and adds U+001C..U+001F.)
  private static boolean isSpace(char c) {
    switch (c) {
      case '\t':
      case '\n':
      case '\u000B':
      case '\f':
      case '\r':
      case ' ':
      case '\u0085':
      case '\u00A0':
        return true;
      default:
        return c > '\u00FF'
            && (Character.getType(c) == Character.SPACE_SEPARATOR
                || c == '\u2028'
                || c == '\u2029');
    }
  }
}
