package dev.strata.driver.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.model.Table;
import dev.strata.model.change.SchemaChange;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import dev.strata.plan.Planner;
import dev.strata.testkit.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pagila (../shared/testdata/schemas) loaded into a fresh database, inspected, rendered as creation
 * SQL by {@link PostgresPlanWriter}, replayed into a second empty database and inspected again: the
 * two models are equal.
 */
class PagilaRoundTripTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  @Test
  void pagilaSurvivesInspectRenderReplay() throws Exception {
    String pagila = Files.readString(pagilaFile(), StandardCharsets.UTF_8);
    String first = dbs.postgresDatabase();
    String second = dbs.postgresDatabase();
    // The dump empties search_path for its session: load through one connection, inspect
    // through another that has the URL's default path.
    try (Connection load = SchemaTestSupport.connect(first)) {
      SchemaTestSupport.execute(load, pagila);
    }
    Realm original;
    try (Connection c = SchemaTestSupport.connect(first)) {
      original = SchemaTestSupport.inspect(c);
    }
    assertThat(original.schema("public")).isPresent();
    assertThat(original.schema("public").get().tables()).hasSize(22);
    assertThat(original.schema("public").get().views()).hasSize(8);
    assertThat(original.schema("public").get().sequences()).hasSize(13);
    assertThat(original.schema("public").get().functions()).hasSize(10);
    assertThat(original.schema("public").get().enums()).hasSize(1);
    assertThat(original.schema("public").get().attrs())
        .containsKeys("domain:year", "domain:bıgınt");
    List<PlannedStatement> plan;
    Realm replayed;
    try (Connection c = SchemaTestSupport.connect(second)) {
      Realm empty = SchemaTestSupport.inspect(c);
      List<SchemaChange> changes = creationOrder(creation(empty, original));
      plan = new ArrayList<>();
      PostgresPlanWriter writer = new PostgresPlanWriter();
      for (SchemaChange change : changes) {
        plan.addAll(writer.write(change, PlanOptions.qualified()));
      }
      try (Statement s = c.createStatement()) {
        // As pg_dump does: routine bodies refer to tables and routines created after them.
        s.execute("SET check_function_bodies = false");
      }
      // Kept for review beside the other build output.
      Files.writeString(
          Paths.get("target", "pagila-plan.sql"),
          SchemaTestSupport.show(plan),
          StandardCharsets.UTF_8);
      SchemaTestSupport.apply(c, plan);
      replayed = SchemaTestSupport.inspect(c);
    }
    assertThat(replayed).as("plan:%n%s", SchemaTestSupport.show(plan)).isEqualTo(original);
  }

  /**
   * Returns the changes that create every object of {@code realm} in a database holding {@code
   * existing} (a new database: its schemas are modified, the others added).
   */
  static List<SchemaChange> creation(Realm existing, Realm realm) {
    List<SchemaChange> out = new ArrayList<>();
    for (Schema s : realm.schemas()) {
      Schema old = existing.schema(s.name()).orElse(null);
      out.add(old == null ? new SchemaChange.AddSchema(s) : new SchemaChange.ModifySchema(old, s));
      s.enums().forEach(e -> out.add(new SchemaChange.AddEnum(s.name(), e)));
      s.sequences().forEach(q -> out.add(new SchemaChange.AddSequence(s.name(), q)));
      for (Table t : s.tables()) {
        Table bare =
            new Table(
                t.name(),
                t.columns(),
                t.primaryKey(),
                t.indexes(),
                t.foreignKeys(),
                t.checks(),
                List.of(),
                t.attrs());
        out.add(new SchemaChange.AddTable(s.name(), bare));
        t.triggers().forEach(tr -> out.add(new SchemaChange.AddTrigger(s.name(), t.name(), tr)));
      }
      s.functions().forEach(f -> out.add(new SchemaChange.AddFunction(s.name(), f)));
      s.views().forEach(v -> out.add(new SchemaChange.AddView(s.name(), v)));
    }
    return out;
  }

  /**
   * Returns the changes in the planner's order, except that routines come before views and views
   * before triggers (views call routines such as pagila's group_concat; triggers call them too).
   */
  static List<SchemaChange> creationOrder(List<SchemaChange> changes) {
    List<SchemaChange> ordered = Planner.order(changes, true);
    List<SchemaChange> out = new ArrayList<>();
    List<SchemaChange> views = new ArrayList<>();
    List<SchemaChange> triggers = new ArrayList<>();
    List<SchemaChange> functions = new ArrayList<>();
    for (SchemaChange c : ordered) {
      if (c instanceof SchemaChange.AddView) {
        views.add(c);
      } else if (c instanceof SchemaChange.AddTrigger) {
        triggers.add(c);
      } else if (c instanceof SchemaChange.AddFunction) {
        functions.add(c);
      } else {
        out.add(c);
      }
    }
    out.addAll(functions);
    out.addAll(views);
    out.addAll(triggers);
    return out;
  }

  static Path pagilaFile() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("shared/testdata/schemas/pagila.postgres.sql");
      if (Files.exists(p)) {
        return p;
      }
      Path sibling = dir.resolve("../shared/testdata/schemas/pagila.postgres.sql").normalize();
      if (Files.exists(sibling)) {
        return sibling;
      }
    }
    throw new IllegalStateException(
        "pagila.postgres.sql not found above " + Paths.get("").toAbsolutePath());
  }
}
