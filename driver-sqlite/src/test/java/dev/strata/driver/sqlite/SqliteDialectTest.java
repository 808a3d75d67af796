package dev.strata.driver.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.spi.FailureKind;
import dev.strata.sql.LexOptions;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteDialectTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();
  private final SqliteDialect dialect = new SqliteDialect();

  @Test
  void basics() {
    assertThat(dialect.lexOptions()).isEqualTo(LexOptions.SQLITE);
    assertThat(dialect.quote("a`b")).isEqualTo("`a``b`");
    assertThat(dialect.transactionalDdl()).isTrue();
    assertThat(dialect.nonTransactional("VACUUM"))
        .contains("cannot VACUUM from within a transaction");
    assertThat(dialect.nonTransactional("CREATE TABLE vacuum (id int)")).isEmpty();
  }

  @Test
  void classifiesRealErrors() throws SQLException {
    Driver d = DriverRegistry.load().driverFor(dbs.sqliteFile() + "?_fk=1");
    try (Connection a = d.connect();
        Statement s = a.createStatement()) {
      s.execute("CREATE TABLE p (id integer PRIMARY KEY)");
      s.execute("CREATE TABLE c (id integer PRIMARY KEY, p integer NOT NULL REFERENCES p (id))");
      Map<String, FailureKind> cases =
          Map.of(
              "CREATE TABLE p (id integer)", FailureKind.SCHEMA,
              "ALTER TABLE p ADD COLUMN id integer", FailureKind.SCHEMA,
              "SELECT nope FROM p", FailureKind.SCHEMA,
              "INSERT INTO c (id, p) VALUES (1, NULL)", FailureKind.DATA,
              "INSERT INTO c (id, p) VALUES (1, 42)", FailureKind.DATA,
              "SELECT (", FailureKind.SYNTAX);
      for (Map.Entry<String, FailureKind> e : cases.entrySet()) {
        SQLException x = catchThrowableOfType(SQLException.class, () -> s.execute(e.getKey()));
        assertThat(d.dialect().classify(x))
            .as(e.getKey() + ": " + x.getMessage())
            .isEqualTo(e.getValue());
      }
      SQLException x =
          catchThrowableOfType(
              SQLException.class, () -> s.execute("INSERT INTO c (id, p) VALUES (1, 42)"));
      assertThat(d.dialect().describe(x)).isEqualTo("FOREIGN KEY constraint failed");
      // A writer holding the database makes another writer fail busy once its timeout passes.
      try (Connection b =
              DriverRegistry.load().driverFor(d.url().raw() + "&_busy_timeout=50").connect();
          Statement sb = b.createStatement()) {
        s.execute("BEGIN IMMEDIATE");
        SQLException busy =
            catchThrowableOfType(SQLException.class, () -> sb.execute("BEGIN IMMEDIATE"));
        assertThat(d.dialect().classify(busy)).isEqualTo(FailureKind.LOCK);
        s.execute("ROLLBACK");
      }
    }
  }
}
