package dev.strata.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.model.Table;
import dev.strata.model.change.SchemaChange;
import dev.strata.model.change.TableChange;
import dev.strata.plan.Planner;
import dev.strata.spi.DiffHooks;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DifferTest {
  private static final DiffHooks STRICT = new DiffHooks() {};

  private static Column col(String name, String type, boolean nullable) {
    return new Column(name, new ColumnType(type), nullable, null, null, null, Map.of());
  }

  private static Table table(String name, List<Column> cols, List<ForeignKey> fks, Index... indexes) {
    return new Table(
        name, cols, new PrimaryKey("", List.of(IndexPart.of(cols.get(0).name()))), List.of(indexes), fks,
        List.of(), List.of(), Map.of());
  }

  private static Schema schema(Table... tables) {
    return Schema.empty("s").withTables(List.of(tables));
  }

  private static ForeignKey fk(String name, String column, String ref) {
    return new ForeignKey(name, List.of(column), "s", ref, List.of("id"), "NO ACTION", "CASCADE");
  }

  @Test
  void identicalSchemasHaveNoChanges() {
    Table t = table("t", List.of(col("id", "int", false)), List.of());
    assertThat(Differ.diffSchemas(schema(t), schema(t), STRICT, "s")).isEmpty();
  }

  @Test
  void columnsAreComparedByNameNeverRenamed() {
    Table from = table("t", List.of(col("id", "int", false), col("old_name", "text", true)), List.of());
    Table to = table("t", List.of(col("id", "bigint", false), col("new_name", "text", true)), List.of());
    List<SchemaChange> changes = Differ.diffSchemas(schema(from), schema(to), STRICT, "s");
    assertThat(changes).hasSize(1);
    List<TableChange> tc = ((SchemaChange.ModifyTable) changes.get(0)).changes();
    assertThat(tc).hasSize(3);
    assertThat(tc.get(0)).isInstanceOf(TableChange.ModifyColumn.class);
    assertThat(((TableChange.ModifyColumn) tc.get(0)).kinds()).containsExactly(TableChange.ColumnChange.TYPE);
    assertThat(tc.get(1)).isEqualTo(new TableChange.DropColumn(col("old_name", "text", true)));
    assertThat(tc.get(2)).isEqualTo(new TableChange.AddColumn(col("new_name", "text", true)));
  }

  @Test
  void nullDefaultAndIndexChangesAreFound() {
    Column a = col("c", "int", true);
    Column b = new Column("c", new ColumnType("int"), false, new DefaultValue("0"), null, null, Map.of());
    Index i1 = new Index("i", false, List.of(IndexPart.of("c")), "", "", false);
    Index i2 = new Index("i", true, List.of(IndexPart.of("c")), "", "", false);
    Table from = table("t", List.of(col("id", "int", false), a), List.of(), i1);
    Table to = table("t", List.of(col("id", "int", false), b), List.of(), i2);
    List<TableChange> tc = ((SchemaChange.ModifyTable) Differ.diffSchemas(schema(from), schema(to), STRICT, "s").get(0)).changes();
    assertThat(((TableChange.ModifyColumn) tc.get(0)).kinds())
        .containsExactlyInAnyOrder(TableChange.ColumnChange.NULL, TableChange.ColumnChange.DEFAULT);
    assertThat(tc.get(1)).isEqualTo(new TableChange.ModifyIndex(i1, i2));
  }

  @Test
  void realmDiffDropsAndAddsSchemas() {
    Realm from = new Realm(List.of(Schema.empty("old"), Schema.empty("kept")));
    Realm to = new Realm(List.of(Schema.empty("kept"), schema(table("t", List.of(col("id", "int", false)), List.of()))));
    List<SchemaChange> changes = Differ.diff(from, to, STRICT);
    assertThat(changes.get(0)).isInstanceOf(SchemaChange.DropSchema.class);
    assertThat(changes.get(1)).isInstanceOf(SchemaChange.AddSchema.class);
    assertThat(changes.get(2)).isInstanceOf(SchemaChange.AddTable.class);
  }

  @Test
  void plannerCreatesReferencedTablesFirstAndBreaksCycles() {
    Table users = table("users", List.of(col("id", "int", false), col("team_id", "int", true)), List.of(fk("users_team", "team_id", "teams")));
    Table teams = table("teams", List.of(col("id", "int", false), col("owner_id", "int", true)), List.of(fk("teams_owner", "owner_id", "users")));
    Table posts = table("posts", List.of(col("id", "int", false), col("user_id", "int", true)), List.of(fk("posts_user", "user_id", "users")));
    List<SchemaChange> changes = Differ.diffSchemas(Schema.empty("s"), schema(posts, users, teams), STRICT, "s");
    List<SchemaChange> ordered = Planner.order(changes, true);
    List<String> names = ordered.stream().map(DifferTest::describe).collect(Collectors.toList());
    // posts waits for users; users and teams reference each other: one FK is added afterwards.
    assertThat(names.indexOf("add users")).isLessThan(names.indexOf("add posts"));
    assertThat(names.indexOf("add users")).isLessThan(names.indexOf("add teams"));
    assertThat(names).containsOnlyOnce("modify users");
    assertThat(names.get(names.size() - 1)).isEqualTo("modify users");
  }

  @Test
  void plannerDropsForeignKeysBeforeTablesAndReferencingTablesFirst() {
    Table users = table("users", List.of(col("id", "int", false)), List.of());
    Table posts = table("posts", List.of(col("id", "int", false), col("user_id", "int", true)), List.of(fk("posts_user", "user_id", "users")));
    List<SchemaChange> drop = Planner.order(Differ.diffSchemas(schema(users, posts), Schema.empty("s"), STRICT, "s"), true);
    assertThat(drop.stream().map(DifferTest::describe)).containsExactly("drop posts", "drop users");
  }

  private static String describe(SchemaChange c) {
    if (c instanceof SchemaChange.AddTable) {
      return "add " + ((SchemaChange.AddTable) c).table().name();
    }
    if (c instanceof SchemaChange.DropTable) {
      return "drop " + ((SchemaChange.DropTable) c).table().name();
    }
    if (c instanceof SchemaChange.ModifyTable) {
      return "modify " + ((SchemaChange.ModifyTable) c).to().name();
    }
    return c.getClass().getSimpleName();
  }
}
