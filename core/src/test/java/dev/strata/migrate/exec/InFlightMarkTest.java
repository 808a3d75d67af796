package dev.strata.migrate.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InFlightMarkTest {
  @Test
  void oneStatementKeepsTheFormatEarlierRunsWrote() {
    InFlightMark one = new InFlightMark("absent", 1, null);
    assertThat(one.text())
        .isEqualTo("strata: statement interrupted before its outcome was recorded; fingerprint=absent");
    assertThat(InFlightMark.parse(one.text())).contains(one);
    // A definition hash is base64: '=' and '/' belong to the fingerprint.
    assertThat(InFlightMark.parse(InFlightMark.PREFIX + "q/8+Zw==").orElseThrow().fingerprint())
        .isEqualTo("q/8+Zw==");
  }

  @Test
  void severalStatementsCarryTheirCountAndCumulativeHash() {
    InFlightMark three = new InFlightMark("absent", 3, "h1:abc/+=");
    assertThat(three.text()).endsWith("fingerprint=absent; statements=3; through=h1:abc/+=");
    assertThat(InFlightMark.parse(three.text())).contains(three);
  }

  @Test
  void otherErrorsAreNoMark() {
    assertThat(InFlightMark.parse(null)).isEmpty();
    assertThat(InFlightMark.parse("Error 1050: Table 'a' already exists")).isEmpty();
  }

  @Test
  void aDamagedMarkIsAnErrorNotAGuess() {
    for (String broken : new String[] {"; statements=x; through=h1:a", "; statements=0; through=h1:a",
        "; statements=2"}) {
      assertThatThrownBy(() -> InFlightMark.parse(InFlightMark.PREFIX + "absent" + broken))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
