package dev.strata.cli.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderTest {
  @Test
  void durationsAreGoDurations() {
    assertThat(GoDuration.format(Duration.ZERO)).isEqualTo("0s");
    assertThat(GoDuration.format(Duration.ofNanos(960_465))).isEqualTo("960.465µs");
    assertThat(GoDuration.format(Duration.ofNanos(6_895_124))).isEqualTo("6.895124ms");
    assertThat(GoDuration.format(Duration.ofMillis(1200))).isEqualTo("1.2s");
    assertThat(GoDuration.format(Duration.ofMillis(62_500))).isEqualTo("1m2.5s");
    assertThat(GoDuration.format(Duration.ofHours(1).plusSeconds(1))).isEqualTo("1h0m1s");
    assertThat(GoDuration.format(Duration.ofNanos(15))).isEqualTo("15ns");
  }

  @Test
  void countsFollowAtlasPlurals() {
    assertThat(ApplyReport.counts(1, 0, "migration")).isEqualTo("1 migration");
    assertThat(ApplyReport.counts(3, 0, "migration")).isEqualTo("3 migrations");
    assertThat(ApplyReport.counts(0, 1, "migration")).isEqualTo("1 migration with errors");
    assertThat(ApplyReport.counts(2, 1, "sql statement")).isEqualTo("2 sql statements ok, 1 with errors");
  }

  @Test
  void jsonEscapesAsGoDoes() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", "x<y>&\"z\"\n");
    m.put("b", List.of(1, true));
    m.put("c", null);
    assertThat(Json.write(m)).isEqualTo("{\"a\":\"x\\u003cy\\u003e\\u0026\\\"z\\\"\\n\",\"b\":[1,true],\"c\":null}");
  }

  @Test
  void jsonEscapesTheJavaScriptLineSeparatorsAsGoDoes() {
    assertThat(Json.write(List.of("a\u2028b\u2029c"))).isEqualTo("[\"a\\u2028b\\u2029c\"]");
  }

  @Test
  void jsonTimesAreGoRfc3339NanoWithoutTrailingZeros() {
    Instant t = Instant.parse("2026-11-26T01:02:03Z");
    assertThat(Json.write(List.of(t))).isEqualTo("[\"2026-11-26T01:02:03Z\"]");
    assertThat(Json.rfc3339Nano(t.plusMillis(120))).isEqualTo("2026-11-26T01:02:03.12Z");
    assertThat(Json.rfc3339Nano(t.plusNanos(123_456_789))).isEqualTo("2026-11-26T01:02:03.123456789Z");
    assertThat(Json.rfc3339Nano(t.plusNanos(1_000))).isEqualTo("2026-11-26T01:02:03.000001Z");
  }

  @Test
  void templatesSupportTheSubsetAndRefuseTheRest() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("Error", "boom");
    data.put("Changes", Map.of("Applied", List.of("x")));
    assertThat(FormatTemplate.parse("{{ .Error }}").render(data)).isEqualTo("boom");
    assertThat(FormatTemplate.parse("E={{ json .Changes }}!").render(data)).isEqualTo("E={\"Applied\":[\"x\"]}!");
    assertThat(FormatTemplate.parse("{{ .Missing }}").render(data)).isEqualTo("<no value>");
    assertThatThrownBy(() -> FormatTemplate.parse("{{ range .Applied }}x{{ end }}"))
        .hasMessageContaining("unsupported action");
  }
}
