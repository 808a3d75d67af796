package dev.strata.driver.sqlite.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.strata.diff.Differ;
import dev.strata.model.Realm;
import dev.strata.model.change.SchemaChange;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The hooks' leniency on real databases: texts SQLite keeps as written differ in spelling only
 * (white space, case, quotes, wrapping parentheses) and the differ finds nothing; a real change is
 * still found.
 */
class SqliteDiffHooksTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  private static final String CURRENT =
      "CREATE TABLE t (id INTEGER PRIMARY KEY, a INT CHECK (a>0), b TEXT DEFAULT (lower('X')));"
          + "CREATE INDEX t_a ON t (abs(a)) WHERE a>1;"
          + "CREATE VIEW v AS SELECT a FROM t;"
          + "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END;";

  @Test
  void spellingIsNoChange() throws Exception {
    String desired =
        "CREATE TABLE t (id INTEGER PRIMARY KEY, a INT CHECK ( \"A\" > 0 ), b TEXT DEFAULT (LOWER ( 'X' )));"
            + "CREATE INDEX t_a ON t (ABS( a )) WHERE (a > 1);"
            + "CREATE VIEW v AS\n  select A from T;"
            + "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  SELECT 1;\nEND;";
    Realm[] realms = realms(CURRENT, desired);
    assertNotEquals(realms[0], realms[1], "the texts differ");
    assertEquals(List.of(), Differ.diff(realms[0], realms[1], new SqliteDiffHooks()));
  }

  @Test
  void literalsStillCount() throws Exception {
    String desired = CURRENT.replace("lower('X')", "lower('Y')");
    Realm[] realms = realms(CURRENT, desired);
    List<SchemaChange> changes = Differ.diff(realms[0], realms[1], new SqliteDiffHooks());
    assertEquals(1, changes.size());
  }

  private Realm[] realms(String a, String b) throws Exception {
    try (Connection ca = Databases.open(dbs.sqliteFile());
        Connection cb = Databases.open(dbs.sqliteFile())) {
      Databases.run(ca, a);
      Databases.run(cb, b);
      return new Realm[] {Databases.inspect(ca), Databases.inspect(cb)};
    }
  }
}
