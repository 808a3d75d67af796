package dev.strata.spi.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes and decodes the JSON string arrays stored in {@code partial_hashes}, byte for byte as
 * Go's {@code encoding/json} writes them (Atlas reads what Strata writes and the reverse).
 */
public final class JsonArrays {
  private JsonArrays() {}

  /** Returns {@code values} as a JSON array text, or null when {@code values} is null. */
  public static String encode(List<String> values) {
    if (values == null) {
      return null;
    }
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      JsonStrings.append(b, values.get(i));
    }
    return b.append(']').toString();
  }

  /**
   * Returns the strings of a JSON array text, or null when {@code json} is null or the JSON literal
   * {@code null}.
   *
   * @throws IllegalArgumentException when {@code json} is not an array of strings
   */
  public static List<String> decode(String json) {
    if (json == null) {
      return null;
    }
    Reader r = new Reader(json);
    r.skipSpace();
    if (r.peekLiteral("null")) {
      return null;
    }
    r.expect('[');
    List<String> out = new ArrayList<>();
    r.skipSpace();
    if (r.tryConsume(']')) {
      return r.end(out);
    }
    while (true) {
      r.skipSpace();
      out.add(r.string());
      r.skipSpace();
      if (r.tryConsume(']')) {
        return r.end(out);
      }
      r.expect(',');
    }
  }

  /** A cursor over JSON text. */
  private static final class Reader {
    private final String s;
    private int pos;

    Reader(String s) {
      this.s = s;
    }

    void skipSpace() {
      while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
    }

    boolean peekLiteral(String literal) {
      return s.startsWith(literal, pos) && s.substring(pos + literal.length()).isBlank();
    }

    boolean tryConsume(char c) {
      if (pos < s.length() && s.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    void expect(char c) {
      if (!tryConsume(c)) {
        throw new IllegalArgumentException("malformed JSON array at offset " + pos + ": " + s);
      }
    }

    List<String> end(List<String> out) {
      skipSpace();
      if (pos != s.length()) {
        throw new IllegalArgumentException("trailing text after JSON array: " + s);
      }
      return out;
    }

    String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == '"') {
          return b.toString();
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        if (pos >= s.length()) {
          break;
        }
        char e = s.charAt(pos++);
        switch (e) {
          case 'b':
            b.append('\b');
            break;
          case 'f':
            b.append('\f');
            break;
          case 'n':
            b.append('\n');
            break;
          case 'r':
            b.append('\r');
            break;
          case 't':
            b.append('\t');
            break;
          case 'u':
            if (pos + 4 > s.length()) {
              throw new IllegalArgumentException("malformed \\u escape in JSON: " + s);
            }
            b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
            pos += 4;
            break;
          default:
            b.append(e); // \" \\ \/
        }
      }
      throw new IllegalArgumentException("unterminated JSON string: " + s);
    }
  }
}
