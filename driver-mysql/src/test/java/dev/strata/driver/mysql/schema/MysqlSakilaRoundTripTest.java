package dev.strata.driver.mysql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.diff.Differ;
import dev.strata.model.Schema;
import dev.strata.model.Table;
import dev.strata.model.change.SchemaChange;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import dev.strata.plan.Planner;
import dev.strata.spi.DriverRegistry;
import dev.strata.testkit.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sakila (../shared/testdata/schemas/sakila.mysql.sql, with procedures, functions and triggers
 * behind DELIMITER) loaded into a fresh database, inspected, rendered as creation SQL by the plan
 * writer, replayed into a second empty database and inspected again: the models are equal.
 */
class MysqlSakilaRoundTripTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  static Path sakila() {
    // ../shared sits beside the project root; tests run in the module's directory.
    return Path.of("..", "..", "shared", "testdata", "schemas", "sakila.mysql.sql");
  }

  // The file drops, creates and uses a database named sakila and qualifies a view with it: point
  // all of that at the test's database instead.
  static String sakilaFor(String schema) throws Exception {
    String text = Files.readString(sakila(), StandardCharsets.UTF_8);
    text = text.replace("DROP SCHEMA IF EXISTS sakila;", "");
    text = text.replace("CREATE SCHEMA sakila;", "");
    text = text.replace("USE sakila;", "");
    return text.replaceAll("\\bsakila\\.", Matcher.quoteReplacement("`" + schema + "`."));
  }

  @Test
  void sakilaReplaysFromGeneratedSqlToTheSameModel() throws Exception {
    String urlA = dbs.mariadbDatabase();
    String urlB = dbs.mariadbDatabase();
    try (Connection a = DriverRegistry.load().driverFor(urlA).connect();
        Connection b = DriverRegistry.load().driverFor(urlB).connect()) {
      SchemaFixtures.execute(a, sakilaFor(SchemaFixtures.schemaOf(urlA)));
      Schema first = SchemaFixtures.inspectOne(a);
      assertThat(first.tables()).hasSize(16);
      assertThat(first.views()).hasSize(7);
      assertThat(first.functions()).hasSize(6);
      assertThat(first.tables().stream().mapToInt(t -> t.triggers().size()).sum()).isEqualTo(3);
      assertThat(first.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum()).isEqualTo(22);

      // From the second database as it is (empty, with the server's defaults) to Sakila.
      Schema empty = SchemaFixtures.renamed(SchemaFixtures.inspectOne(b), first.name());
      assertThat(empty.tables()).isEmpty();
      List<SchemaChange> create = Differ.diffSchemas(empty, first, new MysqlDiffHooks(), first.name());
      List<PlannedStatement> plan = Planner.plan(create, new MysqlPlanWriter(), PlanOptions.unqualified());
      SchemaFixtures.apply(b, plan);

      Schema second = SchemaFixtures.inspectOne(b);
      assertThat(SchemaFixtures.renamed(second, first.name())).isEqualTo(first);
      for (Table t : first.tables()) {
        assertThat(second.table(t.name())).contains(t);
      }
    }
  }

  // A realm-scoped connection has no current database: the plan must qualify every name, view
  // queries included, here with --qualifier naming the target database.
  @Test
  void sakilaReplaysThroughARealmConnectionWithQualifiedNames() throws Exception {
    String urlA = dbs.mariadbDatabase();
    String urlB = dbs.mariadbDatabase();
    String realm = TestDatabases.mariadbServer().withPath("").raw();
    try (Connection a = DriverRegistry.load().driverFor(urlA).connect();
        Connection r = DriverRegistry.load().driverFor(realm).connect();
        Connection b = DriverRegistry.load().driverFor(urlB).connect()) {
      SchemaFixtures.execute(a, sakilaFor(SchemaFixtures.schemaOf(urlA)));
      Schema first = SchemaFixtures.inspectOne(a);
      Schema empty = SchemaFixtures.renamed(SchemaFixtures.inspectOne(b), first.name());
      List<SchemaChange> create = Differ.diffSchemas(empty, first, new MysqlDiffHooks(), first.name());
      PlanOptions qualified = new PlanOptions(true, SchemaFixtures.schemaOf(urlB), "");
      SchemaFixtures.apply(r, Planner.plan(create, new MysqlPlanWriter(), qualified));
      assertThat(SchemaFixtures.renamed(SchemaFixtures.inspectOne(b), first.name())).isEqualTo(first);
    }
  }
}
