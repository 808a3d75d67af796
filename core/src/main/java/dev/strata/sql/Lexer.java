package dev.strata.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the input into {@link Segment}s, one call of {@link #next()} at a time, following Atlas's
 * {@code Scanner.stmt} (atlas-compat.md §2.1) without its recursive {@code BEGIN} scans: openers
 * are only recorded here and resolved by the {@link BlockRule}, so the input is read exactly once.
 *
 * <p>Order of the checks at a character, as in Atlas: parentheses, quotes, the delimiter (only at
 * depth 0, before comments so that a delimiter such as {@code --end} wins), dollar quotes,
 * comments, block openers. At the start of a segment: white space, the MySQL {@code DELIMITER}
 * command, a custom delimiter, then comments, which are detached into the segment's comment list
 * (a blank line after one discards the group; a MySQL {@code /*!} comment stays statement text).
 * An unclosed comment is no comment: the scan goes on after its opening characters.
 *
 * <p>The hot loop skips plain characters with one table load each; only the characters that can
 * start something (quotes, parentheses, the delimiter's first character, {@code - / # $ B b}) go
 * to the small methods below. The file is longer than most because those methods share the
 * segment's state and must stay next to the loop they serve.
 */
final class Lexer {
  private final CharSource src;
  private final Skipper skip;
  private final LexOptions options;
  private final boolean blocks;
  private String delimiter = ";";
  private boolean defaultDelimiter = true;

  /** Characters that need a look in the hot loop, indexed by char (64 KB: one load, no branch). */
  private final boolean[] special = new boolean[Character.MAX_VALUE + 1];

  private char delimiterFirst;
  private long pos;
  // State of the segment being scanned (positions are absolute).
  private long segmentStart;
  private int depth;
  private long parenAt;
  private long partStart;
  private long commentEnd;
  private List<Segment.Opener> openers;

  Lexer(CharSource src, LexOptions options, long start) {
    this.src = src;
    this.skip = new Skipper(src);
    this.options = options;
    this.blocks = options.beginEnd() || options.beginAtomic();
    this.pos = start;
    setDelimiter(";");
  }

  /** Returns the position after the last segment: nothing before it is needed any more. */
  long position() {
    return pos;
  }

  /** Sets the delimiter (already unescaped, never empty). */
  void setDelimiter(String d) {
    delimiter = d;
    defaultDelimiter = d.equals(";");
    boolean[] t = special;
    Arrays.fill(t, 0, 128, false);
    t[delimiterFirst] = false;
    for (char c : "()'\"`-/".toCharArray()) {
      t[c] = true;
    }
    t['$'] = options.dollarQuotes();
    t['#'] = options.hashComments();
    t['B'] = t['b'] = blocks && defaultDelimiter;
    delimiterFirst = d.charAt(0);
    t[delimiterFirst] = true;
  }

  /** Returns the next segment, or null at the end of the input (trailing comments are dropped). */
  Segment next() {
    List<String> comments = null;
    for (; ; ) {
      long p = skip.skipSpaces(pos);
      int c = src.charAt(p);
      if (c < 0) {
        pos = p;
        return null;
      }
      if (options.delimiterCommand() && isDelimiterCommand(p)) {
        delimiterCommand(p);
        comments = null; // Atlas drops them with the command
        continue;
      }
      if (!defaultDelimiter && isDelimiter((char) c, p)) {
        return scan(p, comments); // a delimiter such as "--end" wins over a comment
      }
      long end = -1;
      boolean line = false;
      if (c == '-' && src.charAt(p + 1) == '-') {
        end = skip.lineEnd(p + 2);
        line = true;
      } else if (c == '#' && options.hashComments()) {
        end = skip.lineEnd(p + 1);
        line = true;
      } else if (c == '/' && src.charAt(p + 1) == '*' && !isExecutableComment(p)) {
        end = skip.blockCommentEnd(p + 2);
      }
      if (end >= 0) {
        if (comments == null) {
          comments = new ArrayList<>(2);
        }
        comments.add(src.text(p, end));
        pos = end;
        if (blankLineAt(end, line)) {
          comments = null;
        }
      } else {
        return scan(p, comments); // an unclosed comment is statement text
      }
    }
  }

  private boolean isExecutableComment(long p) {
    return options.executableComments() && src.charAt(p + 2) == '!';
  }

  /**
   * Returns whether a blank line follows a detached comment ending at {@code p}: Atlas checks for
   * {@code \n\n} (one more {@code \n} after a line comment). A {@code \r\n} counts as {@code \n}.
   */
  private boolean blankLineAt(long p, boolean lineComment) {
    if (!lineComment) {
      p = newlineEnd(p);
      if (p < 0) {
        return false;
      }
    }
    return newlineEnd(p) >= 0;
  }

  private long newlineEnd(long p) {
    int c = src.charAt(p);
    if (c == '\r') {
      c = src.charAt(++p);
    }
    return c == '\n' ? p + 1 : -1;
  }

  private boolean isDelimiterCommand(long p) {
    return skip.startsWith(p, "delimiter", true) && src.charAt(p + 9) == ' ';
  }

  /** Applies {@code DELIMITER x}: the rest of the line, trimmed, {@code 'x'} quoting allowed. */
  private void delimiterCommand(long p) {
    long end = skip.lineEnd(p + 9);
    if (end < 0) {
      src.ensure(Long.MAX_VALUE); // no newline: the command runs to the end of the input
      end = src.end();
    }
    String d = GoText.trimSpace(src.text(p + 9, end));
    if (d.length() >= 2 && d.startsWith("'") && d.endsWith("'")) {
      d = d.substring(1, d.length() - 1).replace("''", "'");
    }
    pos = end;
    if (d.isEmpty()) {
      throw new LexFailure(-1, "empty delimiter");
    }
    setDelimiter(unescape(d));
  }

  /** Returns {@code d} with the escapes {@code \n}, {@code \r} and {@code \t} replaced (Atlas). */
  static String unescape(String d) {
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      char n = i + 1 < d.length() ? d.charAt(i + 1) : 0;
      if (c == '\\' && (n == 'n' || n == 'r' || n == 't')) {
        b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : '\t');
        i++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Scans one segment whose first character is at {@code start}: the hot loop of the splitter.
   * Plain characters cost one table load; the others go to a small method returning where to go on.
   */
  private Segment scan(long start, List<String> comments) {
    segmentStart = partStart = start;
    depth = 0;
    parenAt = commentEnd = -1;
    openers = null;
    final boolean[] table = special;
    char[] b = src.buf;
    long base = src.base;
    int n = src.limit;
    int i = (int) (start - base);
    for (; ; ) {
      if (i >= n) {
        long at = base + i;
        if (!src.ensure(at)) {
          if (depth > 0) {
            throw new LexFailure(parenAt, "unclosed '('");
          }
          return segment(at, comments);
        }
        b = src.buf;
        base = src.base;
        n = src.limit;
        i = (int) (at - base);
      }
      while (i < n && !table[b[i]]) { // one bound, one table load per character
        i++;
      }
      if (i >= n) {
        continue;
      }
      char c = b[i];
      long at = base + i;
      long next;
      if (c == '(' || c == ')') {
        next = paren(c, at);
      } else if (c == '\'' || c == '"' || c == '`') {
        next = quote(c, b, i, n, at);
      } else if (depth == 0 && isDelimiter(c, at)) {
        return segment(at + delimiter.length(), comments);
      } else {
        next = other(c, b, i, n, at);
      }
      b = src.buf;
      base = src.base;
      n = src.limit;
      i = (int) (next - base);
    }
  }

  private long paren(char c, long at) {
    if (c == '(') {
      if (depth++ == 0) {
        parenAt = at + 1;
      }
    } else if (depth-- == 0) {
      throw new LexFailure(at + 1, "unexpected ')'");
    }
    return at + 1;
  }

  /** Returns the position after the string or identifier quoted at {@code at} (b[i]). */
  private long quote(char q, char[] b, int i, int n, long at) {
    boolean backslash = options.backslashEscapes() || isEscapeString(q, at);
    int j = i + 1; // fast path: the closing quote is in the window
    if (backslash) {
      while (j < n && b[j] != q) {
        j += b[j] == '\\' ? 2 : 1;
      }
    } else {
      while (j < n && b[j] != q) {
        j++;
      }
    }
    long end = j < n ? at + (j - i) + 1 : skip.skipQuote(at + 1, q, backslash);
    if (end < 0) {
      throw new LexFailure(at + 1, "unclosed quote " + GoText.quoteRune(q));
    }
    return end;
  }

  /**
   * Handles dollar quotes, comments and block openers at {@code at} (b[i]); returns where to go on.
   */
  private long other(char c, char[] b, int i, int n, long at) {
    long next = at + 1;
    if (c == '$' && options.dollarQuotes()) {
      long tagEnd = skip.dollarTagEnd(at);
      return tagEnd < 0 ? next : skip.skipDollarBody(tagEnd, src.text(at, tagEnd));
    } else if (c == '#' && options.hashComments()) {
      return orElse(skip.lineEnd(next), next);
    } else if (c == '-' || c == '/') {
      if ((i + 1 < n ? b[i + 1] : src.charAt(next)) != (c == '-' ? '-' : '*')) {
        return next;
      }
      long end = c == '-' ? skip.lineEnd(next + 1) : skip.blockCommentEnd(next + 1);
      commentEnd = orElse(end, next + 1);
      return commentEnd;
    } else if ((c == 'B' || c == 'b') && isOpener(b, i, n, at)) {
      partStart = leadingEnd(skip.openerBody);
      if (openers == null) {
        openers = new ArrayList<>(2);
      }
      openers.add(new Segment.Opener(skip.openerType, skip.startsWithEnd(partStart)));
      return skip.openerBody;
    }
    return next;
  }

  /**
   * Returns whether a block opener starts at {@code at}: at depth 0 with the default delimiter, at
   * the segment start or after white space or a comment (Atlas accepts any character before it; a
   * rule that does not depend on earlier openers keeps the block rule exact, see BlockRule).
   */
  private boolean isOpener(char[] b, int i, int n, long at) {
    return depth == 0
        && defaultDelimiter
        && mayBeBegin(b, i, n)
        && (at == segmentStart || at == commentEnd || GoText.isSpace(b[i - 1]))
        && skip.matchOpener(at, options.beginEnd(), options.beginAtomic());
  }

  /**
   * Returns false when the window shows that no {@code BEGIN} starts at {@code i} (a cheap
   * pre-check).
   */
  private static boolean mayBeBegin(char[] b, int i, int n) {
    return i + 4 >= n
        || ((b[i + 1] | 0x20) == 'e'
            && (b[i + 2] | 0x20) == 'g'
            && (b[i + 3] | 0x20) == 'i'
            && (b[i + 4] | 0x20) == 'n');
  }

  private static long orElse(long end, long otherwise) {
    return end >= 0 ? end : otherwise;
  }

  /** Returns whether the single quote at {@code at} opens a PostgreSQL {@code E'...'} string. */
  private boolean isEscapeString(char quote, long at) {
    long start = segmentStart;
    if (quote != '\'' || !options.escapeStrings() || at == start) {
      return false;
    }
    int e = src.charAt(at - 1);
    if (e != 'E' && e != 'e') {
      return false;
    }
    if (at - 1 == start) {
      return true;
    }
    int before = src.charAt(at - 2);
    return !(GoText.isWord(before) || before == '$' || before >= 0x80);
  }

  private boolean isDelimiter(char c, long at) {
    if (defaultDelimiter) {
      return c == ';';
    }
    return c == delimiter.charAt(0) && skip.startsWith(at, delimiter, false);
  }

  /**
   * Returns where the first inner statement after an opener really starts: past white space and
   * comments, which Atlas's nested scanner would detach.
   */
  private long leadingEnd(long p) {
    for (; ; ) {
      p = skip.skipSpaces(p);
      int c = src.charAt(p);
      long end = -1;
      if (c == '-' && src.charAt(p + 1) == '-') {
        end = skip.lineEnd(p + 2);
      } else if (c == '#' && options.hashComments()) {
        end = skip.lineEnd(p + 1);
      } else if (c == '/' && src.charAt(p + 1) == '*' && !isExecutableComment(p)) {
        end = skip.blockCommentEnd(p + 2);
      }
      if (end < 0) {
        return p;
      }
      p = end;
    }
  }

  private Segment segment(long end, List<String> comments) {
    pos = end;
    boolean startsWithEnd = blocks && skip.startsWithEnd(segmentStart);
    boolean exactEnd = blocks && skip.exactEnd(partStart, end);
    return new Segment(segmentStart, end, delimiter, comments, openers, startsWithEnd, exactEnd);
  }
}
