package dev.strata.driver.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.spi.Locker;
import dev.strata.url.DatabaseUrl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.Adler32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLockerTest {
  @TempDir Path dir;

  @Test
  void fileNamesAreAtlasOwn() {
    // Atlas (sql/sqlite/driver.go) names the lock after the lock alone for database files, and
    // adds the Adler-32 of the URL's host and path only for in-memory databases.
    assertThat(SqliteLocker.fileName(DatabaseUrl.parse("sqlite:///var/db/app.db"), "atlas_migrate_execute"))
        .isEqualTo("atlas_migrate_execute.lock");
    assertThat(SqliteLocker.fileName(DatabaseUrl.parse("sqlite://app.db"), "x")).isEqualTo("x.lock");
    Adler32 a = new Adler32();
    a.update("dev".getBytes(StandardCharsets.UTF_8));
    assertThat(SqliteLocker.fileName(DatabaseUrl.parse("sqlite://dev?mode=memory"), "atlas_migrate_diff"))
        .isEqualTo("atlas_migrate_diff_" + Long.toHexString(a.getValue()) + ".lock");
  }

  @Test
  void lockFileHoldsTheExpiryInUnixNanosAndIsDeletedOnRelease() throws Exception {
    SqliteLocker locker =
        new SqliteLocker(DatabaseUrl.parse("sqlite://" + dir.resolve("a.db")), dir);
    Path file = locker.path("atlas_migrate_execute");
    long before = nanos(Instant.now().plusSeconds(10));
    try (Locker.Lock lock = locker.lock("atlas_migrate_execute", Duration.ofSeconds(10))) {
      assertThat(lock).isNotNull();
      long expiry = Long.parseLong(Files.readString(file));
      assertThat(expiry).isBetween(before, nanos(Instant.now().plusSeconds(10)));
    }
    assertThat(file).doesNotExist();
  }

  @Test
  void expiredLockIsTakenOverAndUnexpiredOneIsNot() throws Exception {
    SqliteLocker locker =
        new SqliteLocker(DatabaseUrl.parse("sqlite://" + dir.resolve("a.db")), dir);
    Path file = locker.path("l");
    Files.writeString(file, Long.toString(nanos(Instant.now().minusSeconds(1))));
    try (Locker.Lock lock = locker.lock("l", Duration.ZERO)) {
      assertThat(lock).isNotNull();
    }
    Files.writeString(file, Long.toString(nanos(Instant.now().plusSeconds(60))));
    StrataException e =
        catchThrowableOfType(StrataException.class, () -> locker.lock("l", Duration.ZERO));
    assertThat(e.code()).isEqualTo(ErrorCode.LOCK);
    assertThat(e).hasMessage("sql/sqlite: lock on \"l\" already taken");
    assertThat(file).exists(); // someone else's lock stays
  }

  @Test
  void databaseFilesShareOneLockAsWithAtlas() {
    SqliteLocker a = new SqliteLocker(DatabaseUrl.parse("sqlite://" + dir.resolve("a.db")), dir);
    SqliteLocker b = new SqliteLocker(DatabaseUrl.parse("sqlite://" + dir.resolve("b.db")), dir);
    try (Locker.Lock la = a.lock("l", Duration.ofSeconds(5))) {
      assertThat(la).isNotNull();
      StrataException e = catchThrowableOfType(StrataException.class, () -> b.lock("l", Duration.ZERO));
      assertThat(e).hasMessage("sql/sqlite: lock on \"l\" already taken");
    }
  }

  @Test
  void inMemoryDatabasesLockSeparately() {
    SqliteLocker a = new SqliteLocker(DatabaseUrl.parse("sqlite://one?mode=memory"), dir);
    SqliteLocker b = new SqliteLocker(DatabaseUrl.parse("sqlite://two?mode=memory"), dir);
    try (Locker.Lock la = a.lock("l", Duration.ofSeconds(5));
        Locker.Lock lb = b.lock("l", Duration.ZERO)) {
      assertThat(la).isNotNull();
      assertThat(lb).isNotNull();
    }
  }

  @Test
  void malformedLockFileIsReportedAtTheDeadline() throws Exception {
    SqliteLocker locker =
        new SqliteLocker(DatabaseUrl.parse("sqlite://" + dir.resolve("a.db")), dir);
    Files.writeString(locker.path("l"), "garbage");
    StrataException e =
        catchThrowableOfType(StrataException.class, () -> locker.lock("l", Duration.ZERO));
    assertThat(e)
        .hasMessage("sql/sqlite: invalid lock file format: parsing expiration date: \"garbage\"");
  }

  private static long nanos(Instant i) {
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }
}
