package dev.strata.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly: malformed input is never replaced. Every character before the first bad
 * byte is delivered; the read after that throws {@link Malformed}, so the caller meets the error
 * exactly where the bad byte sits in the character stream.
 */
final class StrictUtf8Reader extends Reader {
  private static final int BYTES = 1 << 17;

  /** The input holds a byte sequence that is not UTF-8. */
  static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;
    final int badByte;

    Malformed(int badByte) {
      super(String.format("invalid UTF-8 byte 0x%02x", badByte));
      this.badByte = badByte;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BYTES).flip();
  private boolean endOfInput;
  private boolean flushed;
  private Malformed pending;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (len == 0) {
      return 0;
    }
    if (flushed) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    for (; ; ) {
      CoderResult r = decoder.decode(bytes, out, endOfInput);
      if (r.isError()) {
        pending = new Malformed(bytes.get(bytes.position()) & 0xFF);
        if (out.position() > off) {
          return out.position() - off;
        }
        throw pending;
      }
      if (out.position() > off) {
        return out.position() - off;
      }
      if (endOfInput) {
        if (!flushed) {
          flushed = true;
          decoder.flush(out);
          if (out.position() > off) {
            return out.position() - off;
          }
        }
        return -1;
      }
      refill();
    }
  }

  private void refill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
