package dev.strata.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes UTF-8 strictly: malformed input is never replaced. Every character before the first bad
 * sequence is delivered; the read after that throws {@link Malformed}, so the caller meets the
 * error exactly where the bad byte sits in the character stream.
 *
 * <p>Hand-written rather than a {@code CharsetDecoder} because it is the splitter's hottest loop
 * after the lexer: ASCII runs are copied byte to char, and it rejects exactly what the JDK's
 * reporting decoder rejects (overlong forms, surrogates, code points above U+10FFFF, stray or
 * missing continuation bytes, a sequence cut by the end of input).
 */
final class StrictUtf8Reader extends Reader {
  static final int BYTES = 1 << 17;

  /** The input holds a byte sequence that is not UTF-8; {@code badByte} is its first byte. */
  static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;
    final int badByte;

    Malformed(int badByte) {
      super(String.format("invalid UTF-8 byte 0x%02x", badByte));
      this.badByte = badByte;
    }
  }

  private final InputStream in;
  private final byte[] bytes;
  private int next;
  private int end;
  private boolean endOfInput;
  private char lowSurrogate;
  private Malformed pending;

  StrictUtf8Reader(InputStream in) {
    this(in, BYTES);
  }

  /** Creates a reader with a byte buffer of {@code size} (at least 4); tests use tiny ones. */
  StrictUtf8Reader(InputStream in, int size) {
    this.in = in;
    this.bytes = new byte[Math.max(4, size)];
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    for (; ; ) {
      int n = decode(cbuf, off, off + len);
      if (n > 0) {
        return n;
      }
      if (pending != null) {
        throw pending;
      }
      if (endOfInput) {
        if (next < end) { // a sequence cut by the end of the input
          pending = new Malformed(bytes[next] & 0xFF);
          throw pending;
        }
        return -1;
      }
      refill();
    }
  }

  /** Decodes complete sequences into {@code dst[dp, dl)}; returns the count, stops at bad input. */
  private int decode(char[] dst, int dp, int dl) {
    final int start = dp;
    final byte[] src = bytes;
    int sp = next;
    final int sl = end;
    if (lowSurrogate != 0) {
      dst[dp++] = lowSurrogate;
      lowSurrogate = 0;
    }
    while (dp < dl && sp < sl) {
      // ASCII run with a single bound, so the JIT unrolls it without range checks
      int run = Math.min(sl - sp, dl - dp);
      int k = 0;
      while (k < run && src[sp + k] >= 0) {
        dst[dp + k] = (char) src[sp + k];
        k++;
      }
      sp += k;
      dp += k;
      if (k == run) {
        continue;
      }
      int lead = src[sp] & 0xFF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        if (sl - sp < 2) {
          break;
        }
        int b2 = src[sp + 1];
        if ((b2 & 0xC0) != 0x80) {
          return malformed(sp, dp - start);
        }
        dst[dp++] = (char) (((lead & 0x1F) << 6) | (b2 & 0x3F));
        sp += 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        if (sl - sp < 3) {
          break;
        }
        int b2 = src[sp + 1] & 0xFF;
        int b3 = src[sp + 2];
        if ((b2 & 0xC0) != 0x80
            || (b3 & 0xC0) != 0x80
            || (lead == 0xE0 && b2 < 0xA0)
            || (lead == 0xED && b2 >= 0xA0)) {
          return malformed(sp, dp - start);
        }
        dst[dp++] = (char) (((lead & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F));
        sp += 3;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        if (sl - sp < 4) {
          break;
        }
        int b2 = src[sp + 1] & 0xFF;
        int b3 = src[sp + 2];
        int b4 = src[sp + 3];
        if ((b2 & 0xC0) != 0x80
            || (b3 & 0xC0) != 0x80
            || (b4 & 0xC0) != 0x80
            || (lead == 0xF0 && b2 < 0x90)
            || (lead == 0xF4 && b2 >= 0x90)) {
          return malformed(sp, dp - start);
        }
        int cp = ((lead & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F);
        dst[dp++] = Character.highSurrogate(cp);
        if (dp < dl) {
          dst[dp++] = Character.lowSurrogate(cp);
        } else {
          lowSurrogate = Character.lowSurrogate(cp);
        }
        sp += 4;
      } else {
        return malformed(sp, dp - start);
      }
    }
    next = sp;
    return dp - start;
  }

  private int malformed(int at, int decoded) {
    next = at;
    pending = new Malformed(bytes[at] & 0xFF);
    return decoded;
  }

  private void refill() throws IOException {
    if (next > 0) {
      System.arraycopy(bytes, next, bytes, 0, end - next);
      end -= next;
      next = 0;
    }
    int n = in.read(bytes, end, bytes.length - end);
    if (n < 0) {
      endOfInput = true;
    } else {
      end += n;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
