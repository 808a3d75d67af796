package dev.strata.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The hand-written decoder accepts and rejects exactly what the JDK's reporting decoder does. */
class StrictUtf8ReaderTest {
  @Provide
  Arbitrary<byte[]> utf8ish() {
    Arbitrary<byte[]> pieces =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(4).map(s -> s.getBytes(StandardCharsets.UTF_8)),
            Arbitraries.of("é", "€", "😀", "\uFFFF", "\u0800", "\u07FF", "\uD7FF", "\uE000")
                .map(s -> s.getBytes(StandardCharsets.UTF_8)),
            Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(2),
            Arbitraries.of(
                    0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x80, 0x8F,
                    0x90, 0x9F, 0xA0, 0xBF)
                .map(b -> new byte[] {(byte) (int) b}));
    return pieces
        .list()
        .ofMaxSize(30)
        .map(
            l -> {
              java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
              l.forEach(out::writeBytes);
              return out.toByteArray();
            });
  }

  @Property(tries = 20000)
  void agreesWithTheJdkDecoder(
      @ForAll("utf8ish") byte[] input,
      @ForAll @IntRange(min = 1, max = 5) int chunk,
      @ForAll @IntRange(min = 4, max = 9) int bufferSize)
      throws IOException {
    CharsetDecoder jdk =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String expected;
    int badAt = -1;
    try {
      expected = jdk.decode(ByteBuffer.wrap(input)).toString();
    } catch (MalformedInputException e) {
      ByteBuffer in = ByteBuffer.wrap(input);
      CharBuffer out = CharBuffer.allocate(input.length * 2);
      jdk.reset().decode(in, out, true);
      badAt = in.position();
      expected = out.flip().toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(e);
    }
    StringBuilder actual = new StringBuilder();
    Integer bad = null;
    try (StrictUtf8Reader r = new StrictUtf8Reader(new ByteArrayInputStream(input), bufferSize)) {
      char[] buf = new char[chunk];
      for (int n = r.read(buf, 0, chunk); n >= 0; n = r.read(buf, 0, chunk)) {
        actual.append(buf, 0, n);
      }
    } catch (StrictUtf8Reader.Malformed e) {
      bad = e.badByte;
    }
    assertThat(actual.toString()).isEqualTo(expected);
    if (badAt < 0) {
      assertThat(bad).isNull();
    } else {
      assertThat(bad).isEqualTo(input[badAt] & 0xFF);
    }
  }
}
