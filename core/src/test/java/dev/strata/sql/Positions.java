package dev.strata.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Checks that reported positions agree with the bytes of the input. */
final class Positions {
  private Positions() {}

  /** Asserts that {@code s} starts at its offset, on its line and column, in {@code input}. */
  static void assertAt(byte[] input, Statement s) {
    assertLineColumn(input, s.offset(), s.line(), s.column());
    byte[] text = s.text().getBytes(StandardCharsets.UTF_8);
    int n = Math.min(text.length, 32);
    while (n > 0 && n < text.length && (text[n] & 0xC0) == 0x80) {
      n--; // do not cut a character
    }
    assertThat(s.offset() + n).isLessThanOrEqualTo(input.length);
    byte[] at = Arrays.copyOfRange(input, (int) s.offset(), (int) s.offset() + n);
    assertThat(new String(at, StandardCharsets.UTF_8))
        .as("text at byte %d", s.offset())
        .isEqualTo(new String(text, 0, n, StandardCharsets.UTF_8));
  }

  /** Asserts that the error position lies inside the input and agrees with its line and column. */
  static void assertAt(byte[] input, ScanException e) {
    assertThat(e.offset()).isBetween(0L, (long) input.length);
    assertLineColumn(input, e.offset(), e.line(), e.column());
  }

  private static void assertLineColumn(byte[] input, long offset, int line, int column) {
    int l = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (input[i] == '\n') {
        l++;
        lineStart = i + 1;
      }
    }
    assertThat(line).as("line of byte %d", offset).isEqualTo(l);
    assertThat(column).as("column of byte %d", offset).isEqualTo(offset - lineStart);
  }
}
