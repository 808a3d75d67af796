package dev.strata.sql;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Splits a migration file into statements as Atlas does (atlas-compat.md §2), one statement per
 * {@link #next()}, reading the input once through a buffer: only the current statement is held in
 * memory (plus, while a {@code BEGIN} waits for its {@code END}, at most the block look-ahead of
 * {@link BlockRule}), so a file of any size splits in a small heap.
 *
 * <p>Statement offsets are UTF-8 byte offsets in the file; lines are 1-based and columns are the
 * 0-based byte offset inside the line. A leading byte-order mark is skipped (Atlas would keep it in
 * the first statement). The first-line directive {@code -- atlas:delimiter D} is honoured.
 *
 * <p>A scan error is thrown by the {@code next()} call that reaches it, after the statements before
 * it were returned; from then on every call throws the same exception. A caller that must not act
 * on a file with an error further down reads the whole file first (as Atlas does). Not thread-safe.
 *
 * <p>Where Strata departs from Atlas on purpose (each has a golden file): the byte-order mark; a
 * {@code BEGIN} counts only after white space or a comment and at parenthesis depth 0 (Atlas also
 * matches {@code xBEGIN} and skips one character too many after a mid-statement {@code BEGIN});
 * {@code E'...'} strings take backslash escapes as §2.1 says (the Atlas code never enables them);
 * MySQL {@code /*!...*}{@code /} at a statement start is statement text; a blank line may end in
 * {@code \r\n}; offsets after a delimiter directive count from the start of the file; the {@code
 * DELIMITER} command only with {@link LexOptions#delimiterCommand()}; a block's {@code END} is
 * looked for over 4 M characters at most.
 */
public final class StatementScanner implements Closeable {
  private final CharSource src;
  private final LexOptions options;
  private final BlockRule rule;
  private final ArrayDeque<Statement> ready = new ArrayDeque<>();
  private Lexer lexer;
  private boolean done;
  private ScanException failure;

  /** Creates a scanner over characters; offsets count the UTF-8 bytes of those characters. */
  public StatementScanner(Reader in, LexOptions options) {
    this(CharSource.of(Objects.requireNonNull(in, "in")), options, BlockRule.DEFAULT_MAX_CHARS);
  }

  StatementScanner(CharSource src, LexOptions options, long maxBlockChars) {
    this.src = src;
    this.options = Objects.requireNonNull(options, "options");
    this.rule = new BlockRule(maxBlockChars, this::emit);
  }

  /**
   * Returns a scanner decoding {@code utf8} strictly: a byte sequence that is not UTF-8 makes
   * {@link #next()} throw a {@link ScanException} at its line and column, never a replacement.
   */
  public static StatementScanner open(InputStream utf8, LexOptions options) {
    return new StatementScanner(
        CharSource.of(new StrictUtf8Reader(Objects.requireNonNull(utf8, "utf8"))),
        options,
        BlockRule.DEFAULT_MAX_CHARS);
  }

  /**
   * As {@link #open(InputStream, LexOptions)}, with buffers sized for an input of {@code
   * sizeHint} bytes (negative: unknown). The default buffers (256 KiB) suit a large file; a
   * directory of a thousand 200-byte files would otherwise allocate and clear them a thousand
   * times, which cost more than the splitting itself. The buffers still grow or refill as needed.
   */
  public static StatementScanner open(InputStream utf8, LexOptions options, long sizeHint) {
    if (sizeHint < 0 || sizeHint >= StrictUtf8Reader.BYTES) {
      return open(utf8, options);
    }
    int size = (int) sizeHint + 1; // + 1: the read that finds the end needs no second buffer
    return new StatementScanner(
        CharSource.of(new StrictUtf8Reader(Objects.requireNonNull(utf8, "utf8"), size), size + 1),
        options,
        BlockRule.DEFAULT_MAX_CHARS);
  }

  /**
   * Returns the next statement, or null at the end of the input.
   *
   * @throws ScanException when the input cannot be split (unclosed quote, unbalanced parenthesis,
   *     invalid UTF-8, bad delimiter)
   * @throws StrataException with {@link ErrorCode#INTERNAL} when reading fails
   */
  public Statement next() {
    for (; ; ) {
      Statement s = ready.poll();
      if (s != null) {
        return s;
      }
      if (failure != null) {
        throw failure;
      }
      if (done) {
        return null;
      }
      advance();
    }
  }

  private void advance() {
    try {
      if (lexer == null) {
        lexer = new Lexer(src, options, src.start());
        readDelimiterDirective();
      }
      src.mark(rule.waiting() ? rule.windowStart() : lexer.position());
      Segment s = lexer.next();
      if (s == null) {
        done = true;
        rule.finish();
      } else {
        rule.accept(s);
      }
    } catch (LexFailure f) {
      rule.finish(); // statements owed before the error come first
      failure = toException(f);
    } catch (UncheckedIOException e) {
      done = true;
      throw new StrataException(
          ErrorCode.INTERNAL, "read SQL statements: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /**
   * Applies {@code -- atlas:delimiter D} on the first line: the line is removed, D splits the rest.
   */
  private void readDelimiterDirective() {
    long p = src.start();
    if (!new Skipper(src).startsWith(p, "-- atlas:delimiter", false)) {
      return;
    }
    long q = p;
    while (GoText.isPrintableAscii(src.charAt(q))) {
      q++;
    }
    Optional<String> d = Directives.delimiter(src.text(p, q));
    if (d.isEmpty()) {
      return;
    }
    if (d.get().isEmpty()) {
      throw new LexFailure(-1, "empty delimiter");
    }
    long end = new Skipper(src).lineEnd(q);
    if (end < 0) {
      throw new LexFailure(p, "no input found after delimiter " + GoText.quote(d.get()));
    }
    lexer = new Lexer(src, options, end);
    lexer.setDelimiter(Lexer.unescape(d.get()));
  }

  private void emit(Segment first, Segment last) {
    long from = first.start;
    long to = last.end;
    String d = last.delimiter;
    if (!d.equals(";") && src.endsWith(from, to, d)) {
      to -= d.length();
    }
    to = src.trimEnd(from, to);
    CharSource.Position at = src.position(from);
    List<String> comments = first.comments == null ? List.of() : first.comments;
    ready.add(new Statement(src.text(from, to), at.offset(), at.line(), at.column(), comments));
  }

  private ScanException toException(LexFailure f) {
    if (f.position < 0) {
      CharSource.Position at = src.position(lexer == null ? src.start() : lexer.position());
      return ScanException.withoutPrefix(at.line(), at.column(), at.offset(), f.reason);
    }
    CharSource.Position at = src.position(f.position);
    return new ScanException(at.line(), at.column(), at.offset(), f.reason);
  }

  /** Closes the underlying reader or stream. */
  @Override
  public void close() throws IOException {
    src.close();
  }
}
