package dev.strata.sql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A test oracle: a literal, recursive port of Atlas's {@code lex.go} scanner over a String, with
 * Strata's documented deviations applied (no one-character overshoot after a mid-statement BEGIN,
 * openers only at depth 0 and after white space, E'' strings, MySQL executable comments, CRLF blank
 * lines, BOM skipped, file offsets after a delimiter directive). It re-scans nested blocks the way
 * Atlas does, so agreeing with it checks the streaming segment/block-rule design of the scanner.
 */
final class ReferenceScanner {
  record Stmt(long offset, String text, List<String> comments) {}

  /** A scan error: message as the scanner prints it. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message, null, false, false);
    }
  }

  private final String src;
  private final LexOptions o;
  private int base;
  private int pos;
  private String delim = ";";
  private List<String> comments = new ArrayList<>();

  private ReferenceScanner(String src, int base, LexOptions o) {
    this.src = src;
    this.base = base;
    this.o = o;
  }

  static List<Stmt> scan(String src, LexOptions o) {
    int start = src.startsWith("\uFEFF") ? 1 : 0;
    ReferenceScanner s = new ReferenceScanner(src, start, o);
    int nl = src.indexOf('\n', start);
    String head = src.substring(start, nl < 0 ? src.length() : nl);
    Optional<String> d = head.startsWith("-- ") ? Directives.delimiter(head) : Optional.empty();
    if (d.isPresent()) {
      if (d.get().isEmpty()) {
        throw new Failure("empty delimiter");
      }
      if (nl < 0) {
        throw s.fail(start - s.base, "no input found after delimiter " + GoText.quote(d.get()));
      }
      s.delim = Lexer.unescape(d.get());
      s.base = nl + 1;
    }
    List<Stmt> out = new ArrayList<>();
    for (Stmt st = s.stmt(); st != null; st = s.stmt()) {
      out.add(new Stmt(bytes(src, (int) st.offset()), st.text(), st.comments()));
    }
    return out;
  }

  private static long bytes(String src, int chars) {
    return src.substring(0, chars).getBytes(StandardCharsets.UTF_8).length;
  }

  private String input() {
    return src.substring(base);
  }

  private int next() {
    if (base + pos >= src.length()) {
      return -1;
    }
    return src.charAt(base + pos++);
  }

  private int peek() {
    return base + pos < src.length() ? src.charAt(base + pos) : -1;
  }

  private Failure fail(int p, String reason) {
    int abs = base + p;
    byte[] before = src.substring(0, abs).getBytes(StandardCharsets.UTF_8);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length; i++) {
      if (before[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Failure(line + ":" + (before.length - lineStart) + ": " + reason);
  }

  private Stmt stmt() {
    int depth = 0;
    int openingPos = 0;
    int commentEnd = -1;
    String text;
    skipSpaces();
    for (; ; ) {
      int r = next();
      if (r < 0) {
        if (depth > 0) {
          throw fail(openingPos, "unclosed '('");
        }
        if (pos > 0) {
          text = input();
          break;
        }
        return null;
      } else if (r == '(') {
        if (depth == 0) {
          openingPos = pos;
        }
        depth++;
      } else if (r == ')') {
        if (depth == 0) {
          throw fail(pos, "unexpected ')'");
        }
        depth--;
      } else if (r == '\'' || r == '"' || r == '`') {
        skipQuote((char) r);
      } else if (o.delimiterCommand()
          && pos == 1
          && input().length() > 9
          && input().regionMatches(true, 0, "delimiter", 0, 9)) {
        pos += 8;
        delimCmd();
        skipSpaces();
      } else if (depth == 0 && input().startsWith(delim, pos - 1)) {
        pos += delim.length() - 1;
        text = input().substring(0, pos);
        break;
      } else if (r == '$' && o.dollarQuotes() && dollarTag(pos - 1) != null) {
        String tag = dollarTag(pos - 1);
        pos += tag.length() - 1;
        int end = input().indexOf(tag, pos);
        pos = end < 0 ? input().length() : end + tag.length();
      } else if (r == '#' && o.hashComments()) {
        comment("#", "\n");
      } else if (r == '-' && peek() == '-') {
        pos++;
        comment("--", "\n");
        commentEnd = pos;
      } else if (r == '/' && peek() == '*') {
        pos++;
        comment("/*", "*/");
        commentEnd = pos;
      } else if ((r == 'B' || r == 'b')
          && delim.equals(";")
          && depth == 0
          && (pos == 1 || pos - 1 == commentEnd || GoText.isSpace(input().charAt(pos - 2)))) {
        int type = opener(pos - 1);
        if (type >= 0 && skipBlock(type)) {
          text = input().substring(0, pos);
          break;
        }
      }
    }
    Stmt st = new Stmt(base, text, comments);
    base += pos;
    pos = 0;
    comments = new ArrayList<>();
    String t = text;
    if (!delim.equals(";") && t.endsWith(delim)) {
      t = t.substring(0, t.length() - delim.length());
    }
    return new Stmt(st.offset(), GoText.trimSpace(t), st.comments());
  }

  private void skipQuote(char quote) {
    int p = pos;
    boolean escaped = o.backslashEscapes();
    if (quote == '\'' && o.escapeStrings() && pos >= 2) {
      char e = input().charAt(pos - 2);
      int before = pos >= 3 ? input().charAt(pos - 3) : ' ';
      escaped |=
          (e == 'E' || e == 'e') && !(GoText.isWord(before) || before == '$' || before >= 0x80);
    }
    for (; ; ) {
      int r = next();
      if (r < 0) {
        throw fail(p, "unclosed quote " + GoText.quoteRune(quote));
      } else if (r == '\\' && escaped) {
        next();
      } else if (r == quote) {
        return;
      }
    }
  }

  private String dollarTag(int p) {
    String in = input();
    int q = p + 1;
    if (q < in.length() && in.charAt(q) != '$') {
      if (!tagChar(in.charAt(q), false)) {
        return null;
      }
      while (q < in.length() && tagChar(in.charAt(q), true)) {
        q++;
      }
    }
    return q < in.length() && in.charAt(q) == '$' ? in.substring(p, q + 1) : null;
  }

  private static boolean tagChar(char c, boolean digits) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || c == '_'
        || (c >= 0xC8 && c <= 0xFF)
        || (digits && c >= '0' && c <= '9');
  }

  private void comment(String left, String right) {
    int i = input().indexOf(right, pos);
    if (i < 0) {
      return;
    }
    boolean exec = o.executableComments() && left.equals("/*") && input().startsWith("!", pos);
    if (pos != left.length() || exec) {
      pos = i + right.length();
      return;
    }
    pos = i + right.length();
    comments.add(input().substring(0, pos));
    base += pos;
    pos = 0;
    String in = input().replace("\r\n", "\n");
    if (in.startsWith("\n\n") || right.equals("\n") && in.startsWith("\n")) {
      comments = new ArrayList<>();
    }
    skipSpaces();
  }

  private void skipSpaces() {
    while (base < src.length() && GoText.isSpace(src.charAt(base))) {
      base++;
    }
  }

  private void delimCmd() {
    if (peek() != ' ') {
      return;
    }
    for (int r = peek(); r >= 0 && r != '\n'; ) {
      r = next();
    }
    String d = GoText.trimSpace(input().substring(9, pos));
    if (d.length() >= 2 && d.startsWith("'") && d.endsWith("'")) {
      d = d.substring(1, d.length() - 1).replace("''", "'");
    }
    if (d.isEmpty()) {
      throw new Failure("empty delimiter");
    }
    delim = Lexer.unescape(d);
    base += pos;
    pos = 0;
    comments = new ArrayList<>();
  }

  /** Returns 1 for BEGIN ATOMIC, 0 for BEGIN, -1 for neither, moving past the match. */
  private int opener(int p) {
    String in = input();
    if (!in.regionMatches(true, p, "begin", 0, 5)) {
      return -1;
    }
    int q = p + 5;
    while (q < in.length() && GoText.isReSpace(in.charAt(q))) {
      q++;
    }
    if (q == p + 5) {
      return -1;
    }
    if (o.beginAtomic() && in.regionMatches(true, q, "atomic", 0, 6)) {
      int a = q + 6;
      while (a < in.length() && GoText.isReSpace(in.charAt(a))) {
        a++;
      }
      if (a > q + 6) {
        pos = a;
        return 1;
      }
    }
    if (!o.beginEnd()) {
      return -1;
    }
    pos = q;
    return 0;
  }

  private boolean skipBlock(int type) {
    ReferenceScanner group = new ReferenceScanner(src, base + pos, o);
    for (; ; ) {
      Stmt s;
      try {
        s = group.stmt();
      } catch (Failure e) {
        return false;
      }
      if (s == null) {
        return false;
      }
      String t = s.text();
      boolean startsWithEnd = t.regionMatches(true, 0, "end", 0, 3);
      if (type == 1 ? startsWithEnd : startsWithEnd && isEnd(t)) {
        break;
      }
    }
    pos = group.base + group.pos - base;
    return true;
  }

  private static boolean isEnd(String t) {
    int p = 3;
    while (p < t.length() && GoText.isReSpace(t.charAt(p))) {
      p++;
    }
    return p == t.length() || t.substring(p).equals(";");
  }
}
