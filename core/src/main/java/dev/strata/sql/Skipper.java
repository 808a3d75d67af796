package dev.strata.sql;

/**
 * The scanner's {@code skipX(position) -> end} helpers (in the manner of pgjdbc's Parser): each one
 * looks at the input from a position and returns where the construct ends, loading more input as it
 * goes. Positions are absolute character positions of the {@link CharSource}.
 *
 * <p>Unclosed comments are not comments in Atlas (the scan goes on after {@code --} or {@code /*}),
 * which takes a look to the end of the input; two memos remember that no newline, or no {@code
 * *}{@code /}, follows a position, so a file full of such openers is still read in linear time.
 */
final class Skipper {
  private final CharSource src;
  private long noNewlineFrom = Long.MAX_VALUE;
  private long noBlockEndFrom = Long.MAX_VALUE;

  /** Kind of the opener found by the last successful {@link #matchOpener}. */
  int openerType;

  /** Position after the last matched opener and the white space following it. */
  long openerBody;

  Skipper(CharSource src) {
    this.src = src;
  }

  /** Returns the first position at or after {@code p} that is not a Go space (or the end). */
  long skipSpaces(long p) {
    for (; ; ) {
      int c = src.charAt(p);
      if (c < 0 || !GoText.isSpace(c)) {
        return p;
      }
      p++;
    }
  }

  /**
   * Returns the position after the quote closing the one just before {@code p}, or -1 when the
   * input ends first. With {@code backslash}, a backslash escapes the next character.
   */
  long skipQuote(long p, char quote, boolean backslash) {
    char[] b = src.buf;
    long base = src.base;
    int n = src.limit;
    int i = (int) (p - base);
    for (; ; ) {
      if (i >= n) {
        long at = base + i;
        if (!src.ensure(at)) {
          return -1;
        }
        b = src.buf;
        base = src.base;
        n = src.limit;
        i = (int) (at - base);
      }
      char c = b[i++];
      if (c == quote) {
        return base + i;
      }
      if (c == '\\' && backslash) {
        i++; // the escaped character, possibly past the window: the check above reloads it
      }
    }
  }

  /**
   * Returns the position after the next {@code \n} at or after {@code p}, or -1 if none follows.
   */
  long lineEnd(long p) {
    if (p >= noNewlineFrom) {
      return -1;
    }
    long end = find(p, '\n', '\0');
    if (end < 0) {
      noNewlineFrom = p;
    }
    return end;
  }

  /**
   * Returns the position after the next {@code *}{@code /} at or after {@code p}, or -1 if none.
   */
  long blockCommentEnd(long p) {
    if (p >= noBlockEndFrom) {
      return -1;
    }
    long end = find(p, '*', '/');
    if (end < 0) {
      noBlockEndFrom = p;
    }
    return end;
  }

  /** Finds {@code first} (followed by {@code second} unless it is NUL); returns the end or -1. */
  private long find(long p, char first, char second) {
    char[] b = src.buf;
    long base = src.base;
    int n = src.limit;
    int i = (int) (p - base);
    for (; ; ) {
      if (i >= n) {
        long at = base + i;
        if (!src.ensure(at)) {
          return -1;
        }
        b = src.buf;
        base = src.base;
        n = src.limit;
        i = (int) (at - base);
      }
      while (i < n && b[i] != first) {
        i++;
      }
      if (i < n && b[i++] == first) {
        if (second == '\0') {
          return base + i;
        }
        if (src.charAt(base + i) == second) {
          return base + i + 1;
        }
        b = src.buf; // charAt may have moved the window
        i = (int) (base + i - src.base);
        base = src.base;
        n = src.limit;
      }
    }
  }

  /**
   * Returns the end of the dollar-quote tag starting at {@code p} (a {@code $}), or -1 when it is
   * not one: {@code $$} or {@code $tag$} with {@code tag} matching {@code [A-Za-zÈ-ÿ_][\wÈ-ÿ]*}.
   */
  long dollarTagEnd(long p) {
    long q = p + 1;
    int c = src.charAt(q);
    if (c != '$') {
      if (!isTagStart(c)) {
        return -1;
      }
      do {
        c = src.charAt(++q);
      } while (isTagStart(c) || (c >= '0' && c <= '9'));
      if (c != '$') {
        return -1;
      }
    }
    return q + 1;
  }

  private static boolean isTagStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0xC8 && c <= 0xFF);
  }

  /**
   * Returns the position after the closing {@code tag} searched from {@code p}, or the end of the
   * input: Atlas does not fail on an unclosed dollar quote.
   */
  long skipDollarBody(long p, String tag) {
    for (; ; ) {
      long at = find(p, '$', '\0');
      if (at < 0) {
        return src.end();
      }
      if (startsWith(at - 1, tag, false)) {
        return at - 1 + tag.length();
      }
      p = at;
    }
  }

  /** Returns whether the input at {@code p} starts with {@code word} (ASCII case-insensitively). */
  boolean startsWith(long p, String word, boolean ignoreCase) {
    for (int k = 0; k < word.length(); k++) {
      int c = src.charAt(p + k);
      char w = word.charAt(k);
      if (c != w && !(ignoreCase && c >= 0 && (c | 0x20) == w)) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether the input at {@code p} starts with {@code END} in any case. */
  boolean startsWithEnd(long p) {
    return startsWith(p, "end", true);
  }

  /**
   * Returns whether {@code [from, to)}, trimmed, is {@code END} or {@code END} + RE2 spaces +
   * {@code ;}: the text that closes a plain block (Atlas's {@code reEnd} check in {@code
   * skipBegin}).
   */
  boolean exactEnd(long from, long to) {
    if (to - from < 3 || !startsWithEnd(from)) {
      return false;
    }
    long p = from + 3;
    while (p < to && GoText.isReSpace(src.charAt(p))) {
      p++;
    }
    if (p < to && src.charAt(p) == ';') {
      p++;
    }
    while (p < to && GoText.isSpace(src.charAt(p))) {
      p++;
    }
    return p == to;
  }

  /**
   * Returns whether a block opener starts at {@code p} (a {@code B} or {@code b}): {@code
   * BEGIN\s+}, or with {@code atomic} allowed {@code BEGIN\s+ATOMIC\s+}; fills {@link #openerType}
   * and {@link #openerBody}. A plain opener counts only when {@code plain} is allowed.
   */
  boolean matchOpener(long p, boolean plain, boolean atomic) {
    if (!startsWith(p, "begin", true)) {
      return false;
    }
    long q = p + 5;
    long body = skipReSpaces(q);
    if (body == q) {
      return false;
    }
    if (atomic && startsWith(body, "atomic", true)) {
      long after = skipReSpaces(body + 6);
      if (after > body + 6) {
        openerType = Segment.Opener.ATOMIC;
        openerBody = after;
        return true;
      }
    }
    openerType = Segment.Opener.PLAIN;
    openerBody = body;
    return plain;
  }

  private long skipReSpaces(long p) {
    while (GoText.isReSpace(src.charAt(p))) {
      p++;
    }
    return p;
  }
}
