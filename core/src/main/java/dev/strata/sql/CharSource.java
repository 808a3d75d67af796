package dev.strata.sql;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A sliding character window over the input, addressed by absolute character positions (longs, so
 * files beyond 2 G characters work). {@code buf[0, limit)} holds positions {@code [base, base +
 * limit)}. The owner sets a {@linkplain #mark(long) mark}: everything from the mark on is kept, the
 * rest may be dropped when more input is read, so memory holds the current statement only.
 *
 * <p>It also turns positions into UTF-8 byte offsets, lines and columns with one forward walk: the
 * walk never moves backwards, so positions must be asked in increasing order and never before the
 * mark. A leading byte-order mark is skipped (it counts three bytes).
 *
 * <p>The lexer reads {@link #buf}, {@link #base} and {@link #limit} directly in its hot loop and
 * calls {@link #ensure(long)} at the end of the window; after that call those fields may change.
 */
final class CharSource implements Closeable {
  private static final int INITIAL_CHARS = 1 << 16;

  char[] buf;
  long base;
  int limit;

  private final Reader in;
  private boolean eof;
  private long mark;
  private long start = -1;
  // Walk state: position walkPos is at byte walkBytes, on line walkLine starting at byte lineStart.
  private long walkPos;
  private long walkBytes;
  private int walkLine = 1;
  private long lineStart;

  private CharSource(Reader in, char[] buf, int limit, boolean eof) {
    this.in = in;
    this.buf = buf;
    this.limit = limit;
    this.eof = eof;
  }

  /** Returns a source reading {@code in} through a buffer. */
  static CharSource of(Reader in) {
    return of(in, INITIAL_CHARS);
  }

  /**
   * Returns a source reading {@code in} through a buffer of {@code initialChars} (tests use tiny
   * ones).
   */
  static CharSource of(Reader in, int initialChars) {
    return new CharSource(in, new char[Math.max(2, initialChars)], 0, false);
  }

  /** Returns a source over the whole of {@code text}, without copying it twice. */
  static CharSource of(String text) {
    return new CharSource(null, text.toCharArray(), text.length(), true);
  }

  /**
   * Returns the position of the first character after an optional byte-order mark; the first call
   * reads the start of the input.
   */
  long start() {
    if (start < 0) {
      start = 0;
      if (charAt(0) == '\uFEFF') {
        start = walkPos = 1;
        walkBytes = 3;
      }
    }
    return start;
  }

  /** Lets the source forget everything before {@code position}. */
  void mark(long position) {
    mark = position;
  }

  /**
   * Makes the character at {@code position} available in {@link #buf}; returns false when the input
   * ends before it. Throws {@link LexFailure} for invalid UTF-8 at that point.
   */
  boolean ensure(long position) {
    while (position >= base + limit) {
      if (!fill()) {
        return false;
      }
    }
    return true;
  }

  /** Returns the character at {@code position}, or -1 past the end of the input. */
  int charAt(long position) {
    return ensure(position) ? buf[(int) (position - base)] : -1;
  }

  /**
   * Returns the position just past the last character; valid once {@link #ensure} returned false.
   */
  long end() {
    return base + limit;
  }

  /** Returns the text of {@code [from, to)}, which must be loaded. */
  String text(long from, long to) {
    return new String(buf, (int) (from - base), (int) (to - from));
  }

  /** Returns {@code to} moved back over trailing Go spaces, not before {@code from}. */
  long trimEnd(long from, long to) {
    while (to > from && GoText.isSpace(buf[(int) (to - 1 - base)])) {
      to--;
    }
    return to;
  }

  /** Returns whether the loaded text {@code [from, to)} ends with {@code suffix}. */
  boolean endsWith(long from, long to, String suffix) {
    int n = suffix.length();
    if (to - from < n) {
      return false;
    }
    int i = (int) (to - n - base);
    for (int k = 0; k < n; k++) {
      if (buf[i + k] != suffix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the byte offset, line and column of {@code position} (not before earlier answers). */
  Position position(long position) {
    walkTo(position);
    return new Position(
        walkBytes, walkLine, (int) Math.min(Integer.MAX_VALUE, walkBytes - lineStart));
  }

  /** A place in the file as Atlas reports it (atlas-compat.md §2.1). */
  record Position(long offset, int line, int column) {}

  /** Moves the walk to {@code position}: one pass counting UTF-8 bytes and newlines. */
  private void walkTo(long position) {
    if (position <= walkPos) {
      return;
    }
    char[] b = buf;
    int from = (int) (walkPos - base);
    int to = (int) (position - base);
    long extra = 0; // UTF-8 bytes beyond one per character
    int lastNewline = -1;
    long extraAtNewline = 0;
    for (int i = from; i < to; i++) {
      char c = b[i];
      if (c >= 0x80) {
        extra += c < 0x800 || Character.isSurrogate(c) ? 1 : 2; // a surrogate pair is 4 bytes
      } else if (c == '\n') {
        walkLine++;
        lastNewline = i;
        extraAtNewline = extra;
      }
    }
    if (lastNewline >= 0) {
      lineStart = walkBytes + (lastNewline + 1 - from) + extraAtNewline;
    }
    walkBytes += (to - from) + extra;
    walkPos = position;
  }

  private boolean fill() {
    if (eof || in == null) {
      eof = true;
      return false;
    }
    if (limit == buf.length) {
      long keepFrom = Math.max(mark, base);
      walkTo(keepFrom); // the walk must pass what is dropped
      int drop = (int) (keepFrom - base);
      if (drop > 0) {
        System.arraycopy(buf, drop, buf, 0, limit - drop);
        limit -= drop;
        base = keepFrom;
      }
      if (limit > buf.length / 2) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
    }
    int n;
    try {
      n = in.read(buf, limit, buf.length - limit);
    } catch (StrictUtf8Reader.Malformed e) {
      eof = true;
      throw new LexFailure(base + limit, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  @Override
  public void close() throws IOException {
    if (in != null) {
      in.close();
    }
  }
}
