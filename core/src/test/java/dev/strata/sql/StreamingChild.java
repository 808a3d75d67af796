package dev.strata.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Run in a child JVM with a small heap by {@link StreamingTest}: splits about {@code args[0]} MB of
 * generated SQL, once through a Reader and once through a UTF-8 InputStream, checking every
 * statement's text and byte offset, and prints {@code ok <statements> <bytes>} per pass.
 */
public final class StreamingChild {
  private StreamingChild() {}

  /** Returns chunk {@code i}: a statement, sometimes after a comment, then a newline. */
  static String chunk(long i) {
    switch ((int) (i % 6)) {
      case 0:
        return "-- row " + i + " é\nINSERT INTO t VALUES (" + i + ", 'a;b', 'ü€😀');\n";
      case 1:
        return "CREATE FUNCTION f" + i + "() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n";
      case 2:
        return "CREATE TABLE t_" + i + " (id int, name text DEFAULT '(x)');\n";
      case 3:
        return "CREATE FUNCTION g"
            + i
            + "() RETURNS int LANGUAGE SQL BEGIN ATOMIC SELECT 1; SELECT 2; END;\n";
      case 4:
        return "/* block */ UPDATE t SET a = \"b;\" WHERE c = " + i + ";\n";
      default:
        return "SELECT " + i + ";\n";
    }
  }

  /** Returns how many characters of chunk {@code i} come before its statement (its comment). */
  static int prefix(long i) {
    String c = chunk(i);
    return i % 6 == 0 ? c.indexOf('\n') + 1 : i % 6 == 4 ? "/* block */ ".length() : 0;
  }

  static final String HEAD =
      "BEGIN TRANSACTION;\n"; // never closed: exercises the block look-ahead cap

  /** Generates HEAD and chunks 0..n-1 lazily. */
  static final class Generated extends Reader {
    private final long chunks;
    private long next;
    private String current = HEAD;
    private int at;

    Generated(long chunks) {
      this.chunks = chunks;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      int n = 0;
      while (n < len) {
        if (at == current.length()) {
          if (next == chunks) {
            return n == 0 ? -1 : n;
          }
          current = chunk(next++);
          at = 0;
        }
        int k = Math.min(len - n, current.length() - at);
        current.getChars(at, at + k, cbuf, off + n);
        at += k;
        n += k;
      }
      return n;
    }

    @Override
    public void close() {}
  }

  /** The same text as UTF-8 bytes. */
  static final class GeneratedBytes extends InputStream {
    private final Generated chars;
    private byte[] bytes = new byte[0];
    private int at;

    GeneratedBytes(long chunks) {
      this.chars = new Generated(chunks);
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at == bytes.length) {
        char[] buf = new char[8192];
        int n = chars.read(buf, 0, buf.length - 1);
        if (n < 0) {
          return -1;
        }
        if (Character.isHighSurrogate(buf[n - 1])) {
          n += chars.read(buf, n, 1); // keep surrogate pairs together
        }
        bytes = new String(buf, 0, n).getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      int k = Math.min(len, bytes.length - at);
      System.arraycopy(bytes, at, b, off, k);
      at += k;
      return k;
    }
  }

  public static void main(String[] args) throws IOException {
    long chunks = Long.parseLong(args[0]) * 1024 * 1024 / 60;
    check(new StatementScanner(new Generated(chunks), LexOptions.POSTGRES), chunks);
    check(StatementScanner.open(new GeneratedBytes(chunks), LexOptions.POSTGRES), chunks);
  }

  private static void check(StatementScanner scanner, long chunks) throws IOException {
    try (scanner) {
      Statement first = scanner.next();
      expect(first.text().equals("BEGIN TRANSACTION;") && first.offset() == 0, "head " + first);
      long offset = HEAD.length();
      long count = 1;
      for (long i = 0; i < chunks; i++) {
        Statement s = scanner.next();
        String chunk = chunk(i);
        String text = chunk.substring(prefix(i), chunk.length() - 1);
        long at = offset + chunk.substring(0, prefix(i)).getBytes(StandardCharsets.UTF_8).length;
        expect(s != null && s.text().equals(text) && s.offset() == at, "chunk " + i + ": " + s);
        offset += chunk.getBytes(StandardCharsets.UTF_8).length;
        count++;
      }
      expect(scanner.next() == null, "end");
      System.out.println("ok " + count + " " + offset);
    }
  }

  private static void expect(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("unexpected " + what);
    }
  }
}
