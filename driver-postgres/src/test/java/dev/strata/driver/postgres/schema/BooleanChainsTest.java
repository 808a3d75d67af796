package dev.strata.driver.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BooleanChainsTest {
  @Test
  void nestedChainsOfOneOperatorAreInlined() {
    assertThat(BooleanChains.flatten("(((a >= 1) AND (a <= 9)) AND (b <> 13))"))
        .isEqualTo("((a >= 1) AND (a <= 9) AND (b <> 13))");
    assertThat(BooleanChains.flatten("((x OR (y)) OR ((z) OR (w)))"))
        .isEqualTo("((x OR (y)) OR (z) OR (w))");
  }

  @Test
  void mixedOperatorsQuotesAndCallsStay() {
    assertThat(BooleanChains.flatten("(((a) OR (b)) AND (c))")).isEqualTo("(((a) OR (b)) AND (c))");
    assertThat(BooleanChains.flatten("((s = ') AND (')) AND (f(x) > 0))"))
        .isEqualTo("((s = ') AND (')) AND (f(x) > 0))");
    assertThat(BooleanChains.flatten("lower(b)")).isEqualTo("lower(b)");
  }
}
