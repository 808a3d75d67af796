package dev.strata.driver.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresLockerTest {
  @Test
  void keysAreAtlasFnv1HashesReadUnsigned() {
    assertThat(PostgresLocker.key("atlas_migrate_execute")).isEqualTo(2686470616L);
    assertThat(PostgresLocker.key("atlas_migrate_diff")).isEqualTo(361947982L);
    assertThat(PostgresLocker.key("atlas_lint")).isEqualTo(526800194L);
  }

  @Test
  void keyIsFnv1NotFnv1a() {
    // FNV-1a of "a" is 0xe40c292c; FNV-1 of "a" is 0x050c5d7e.
    assertThat(PostgresLocker.key("a")).isEqualTo(0x050c5d7eL);
    assertThat(PostgresLocker.key("")).isEqualTo(0x811c9dc5L);
  }
}
