package dev.strata.driver.postgres.schema;

/** Small scans over SQL expression text that respect quotes: enclosing parentheses, blank runs. */
final class Expressions {
  private Expressions() {}

  /** Returns true when {@code expr} starts with '(' whose matching ')' is its last character. */
  static boolean enclosed(String expr) {
    if (expr.length() < 2 || expr.charAt(0) != '(' || expr.charAt(expr.length() - 1) != ')') {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < expr.length(); i++) {
      char ch = expr.charAt(i);
      if (ch == '\'' || ch == '"') {
        i = skipQuoted(expr, i);
        continue;
      }
      if (ch == '(') {
        depth++;
      } else if (ch == ')' && --depth == 0 && i < expr.length() - 1) {
        return false;
      }
    }
    return depth == 0;
  }

  /** Returns {@code expr} without one pair of enclosing parentheses, if it has one. */
  static String unwrap(String expr) {
    String e = expr.strip();
    return enclosed(e) ? e.substring(1, e.length() - 1).strip() : e;
  }

  /**
   * Returns {@code text} with every run of white space outside quotes replaced by one space and the
   * ends stripped, so that two renderings of one query compare equal.
   */
  static String squeeze(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\'' || ch == '"') {
        int end = skipQuoted(text, i);
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(text, i, Math.min(end + 1, text.length()));
        i = end;
      } else if (Character.isWhitespace(ch)) {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(ch);
      }
    }
    return b.toString();
  }

  // Returns the index of the quote that closes the one at start (doubled quotes stay inside), or
  // the last index when it is not closed.
  private static int skipQuoted(String s, int start) {
    char q = s.charAt(start);
    int i = start + 1;
    while (i < s.length()) {
      if (s.charAt(i) == q) {
        if (i + 1 < s.length() && s.charAt(i + 1) == q) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return s.length() - 1;
  }
}
