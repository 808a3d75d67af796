package dev.strata.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Properties of the drivers' text helpers. */
class TextHelpersPropertyTest {
  @Property(tries = 300)
  void partialHashesSurviveAJsonRoundTrip(@ForAll List<String> values) {
    assertThat(JsonArrays.decode(JsonArrays.encode(values))).isEqualTo(values);
  }

  @Property(tries = 300)
  void statementWordsNeverFailAndStayBounded(@ForAll String sql) {
    assertThat(StatementWords.of(sql, 5, true)).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  void jsonLooksLikeGos() {
    assertThat(JsonArrays.encode(List.of("h1:a+b/c=", "<&>")))
        .isEqualTo("[\"h1:a+b/c=\",\"\\u003c\\u0026\\u003e\"]");
    assertThat(JsonArrays.encode(List.of())).isEqualTo("[]");
    assertThat(JsonArrays.decode("[\"a\", \"b\\\"c\"]")).containsExactly("a", "b\"c");
    assertThat(JsonArrays.decode("null")).isNull();
    assertThat(JsonArrays.decode(null)).isNull();
  }

  @Test
  void jsonStringsEscapeAsGo() {
    String s = "a\"\\\n\r\t\u0001<>&\u2028\u2029\u00fc";
    StringBuilder go = new StringBuilder();
    JsonStrings.append(go, s);
    assertThat(go.toString())
        .isEqualTo("\"a\\\"\\\\\\n\\r\\t\\u0001\\u003c\\u003e\\u0026\\u2028\\u2029\u00fc\"");
  }

  @Test
  void goQuoting() {
    assertThat(GoStrings.quote("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\n\"");
    assertThat(GoStrings.quote("ünï")).isEqualTo("\"ünï\"");
  }

  // Expected values follow Go's strconv.Quote rules (IsPrint, C escapes, \x below 0x20).
  @Test
  void goQuotingMatchesStrconvQuote() {
    assertThat(GoStrings.quote("\u0007\b\f\u000b")).isEqualTo("\"\\a\\b\\f\\v\"");
    assertThat(GoStrings.quote("\u0000\u001b\u007f")).isEqualTo("\"\\x00\\x1b\\x7f\"");
    assertThat(GoStrings.quote("a\u00a0b\u00adc\u200bd\ufeff")).isEqualTo("\"a\\u00a0b\\u00adc\\u200bd\\ufeff\"");
    assertThat(GoStrings.quote("\u0085\u2028")).isEqualTo("\"\\u0085\\u2028\"");
    assertThat(GoStrings.quote("😀 \uD83D\uDE00")).isEqualTo("\"😀 😀\"");
    assertThat(GoStrings.quote("\uDB40\uDC01")).isEqualTo("\"\\U000e0001\"");
    assertThat(GoStrings.quote("\u0378")).isEqualTo("\"\\u0378\"");
  }
}
