package dev.strata.driver.sqlite.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import dev.strata.model.change.SchemaChange;
import dev.strata.plan.PlannedStatement;
import dev.strata.testkit.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Inspect, render the realm as creation SQL, replay it into an empty database, inspect again: the
 * two models are equal. On the public Chinook schema and on a schema that uses every feature. The
 * inspected models are golden files too ({@code chinook.model}, {@code features.model}, one object
 * per line): run with {@code -Dgolden.update=true} to rewrite them, then review the diff.
 */
class RoundTripTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  static final Path CHINOOK = Path.of("../../shared/testdata/schemas/chinook.sqlite.sql");
  static final Path GOLDENS = Path.of("src/test/resources/dev/strata/driver/sqlite/schema");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @Test
  void chinook() throws Exception {
    Realm first = roundTrip(chinookText());
    golden("chinook.model", first);
    Schema main = first.schemas().get(0);
    assertEquals(11, main.tables().size());
    assertEquals(11, main.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum());
    assertEquals(11, main.tables().stream().mapToInt(t -> t.indexes().size()).sum());
    Table playlistTrack = main.table("PlaylistTrack").orElseThrow();
    assertEquals(2, playlistTrack.primaryKey().parts().size());
    Table album = main.table("Album").orElseThrow();
    assertEquals("nvarchar(160)", album.column("Title").orElseThrow().type().sql());
    assertEquals("Artist", album.foreignKeys().get(0).refTable());
    assertEquals("Album_ArtistId_fkey", album.foreignKeys().get(0).name());
    assertEquals("NO ACTION", album.foreignKeys().get(0).onDelete());
    assertEquals(
        "numeric(10,2)", main.table("Invoice").orElseThrow().column("Total").orElseThrow().type().sql());
  }

  @Test
  void everyFeature() throws Exception {
    Realm first = roundTrip(resource("features.sql"));
    golden("features.model", first);
    Schema main = first.schemas().get(0);
    assertEquals(2, main.views().size());
    assertTrue(main.tables().stream().anyMatch(t -> !t.triggers().isEmpty()));
  }

  private Realm roundTrip(String sql) throws Exception {
    try (Connection a = Databases.open(dbs.sqliteFile());
        Connection b = Databases.open(dbs.sqliteFile())) {
      Databases.run(a, sql);
      Realm first = Databases.inspect(a);
      List<PlannedStatement> plan = Databases.plan(creation(first));
      Databases.apply(b, plan);
      Realm second = Databases.inspect(b);
      assertEquals(first, second, Databases.format(plan));
      return first;
    }
  }

  private static void golden(String name, Realm realm) throws IOException {
    Path golden = GOLDENS.resolve(name);
    String actual = ModelText.render(realm);
    if (UPDATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), "golden file " + golden + " (run with -Dgolden.update=true)");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
  }

  /** Returns the changes that create everything in {@code realm} (tables, views, triggers). */
  static List<SchemaChange> creation(Realm realm) {
    List<SchemaChange> out = new ArrayList<>();
    for (Schema s : realm.schemas()) {
      for (Table t : s.tables()) {
        out.add(
            new SchemaChange.AddTable(
                s.name(),
                new Table(t.name(), t.columns(), t.primaryKey(), t.indexes(), t.foreignKeys(), t.checks(),
                    List.of(), t.attrs())));
        for (Trigger tr : t.triggers()) {
          out.add(new SchemaChange.AddTrigger(s.name(), t.name(), tr));
        }
      }
      for (View v : s.views()) {
        out.add(new SchemaChange.AddView(s.name(), v));
      }
    }
    return out;
  }

  static String chinookText() throws IOException {
    return Files.readString(CHINOOK, StandardCharsets.UTF_8);
  }

  static String resource(String name) throws IOException {
    try (InputStream in = RoundTripTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
