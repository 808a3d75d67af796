package dev.strata.driver.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The fast path for the usual layout must agree with the general parser wherever it answers. */
class SqliteTimestampsTest {

  @Property
  void formattedInstantsReadBackThroughTheFastPath(
      @ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long seconds,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
    Instant at = Instant.ofEpochSecond(seconds, nanos);
    String text = SqliteTimestamps.format(at);
    assertThat(SqliteTimestamps.parseUsual(text)).isEqualTo(at);
    assertThat(SqliteTimestamps.parseGeneral(text)).isEqualTo(at);
  }

  @Property
  void fastPathAgreesWithTheGeneralParserOrDeclines(@ForAll("timestampLike") String text) {
    Instant fast = SqliteTimestamps.parseUsual(text);
    if (fast != null) {
      assertThat(SqliteTimestamps.parseGeneral(text)).isEqualTo(fast);
    }
  }

  @Provide
  Arbitrary<String> timestampLike() {
    Arbitrary<String> fraction =
        Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(12).map(f -> f.isEmpty() ? "" : "." + f);
    Arbitrary<String> offset =
        Arbitraries.of("Z", "+00:00", "-07:00", "+05:30", "+14:00", "-12:45", "", "+0000", "+99:00");
    Arbitrary<String> base =
        Arbitraries.integers().between(1, 9999).flatMap(y ->
            Arbitraries.integers().between(0, 13).flatMap(mo ->
                Arbitraries.integers().between(0, 32).flatMap(d ->
                    Arbitraries.integers().between(0, 24).flatMap(h ->
                        Arbitraries.integers().between(0, 60).map(mi ->
                            String.format("%04d-%02d-%02d %02d:%02d:%02d", y, mo, d, h, mi, mi))))));
    return net.jqwik.api.Combinators.combine(base, fraction, offset).as((b, f, o) -> b + f + o);
  }

  @Example
  void otherLayoutsGoThroughTheGeneralPath() {
    assertThat(SqliteTimestamps.parseUsual("2024-01-16T10:00:00Z")).isNull();
    assertThat(SqliteTimestamps.parse("2024-01-16T10:00:00Z")).isEqualTo(Instant.parse("2024-01-16T10:00:00Z"));
    assertThat(SqliteTimestamps.parse("2024-01-16 10:00:00")).isEqualTo(Instant.parse("2024-01-16T10:00:00Z"));
    assertThat(SqliteTimestamps.parse("1705399200")).isEqualTo(Instant.parse("2024-01-16T10:00:00Z"));
    assertThat(SqliteTimestamps.parse("2024-01-16 10:00:00.5-02:00"))
        .isEqualTo(Instant.parse("2024-01-16T12:00:00.5Z"));
  }

  @Example
  void invalidDatesAreRejectedByTheGeneralPath() {
    assertThat(SqliteTimestamps.parseUsual("2024-02-30 10:00:00+00:00")).isNull();
    assertThatThrownBy(() -> SqliteTimestamps.parse("2024-02-30 10:00:00+00:00"))
        .isInstanceOf(java.time.DateTimeException.class);
    assertThatThrownBy(() -> SqliteTimestamps.parse("yesterday"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
