package dev.strata.bench;

import dev.strata.diff.Differ;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.model.Table;
import dev.strata.model.change.SchemaChange;
import dev.strata.plan.Planner;
import dev.strata.spi.DiffHooks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Diffs two generated 2,000-table models (8 columns, 2 indexes and a foreign key per table; every
 * tenth table changed) and orders the changes, in process. Issue 4's goal: under 100 ms.
 *
 * <p>Run: {@code mvn -q -pl bench -am package -DskipTests} then {@code java -cp
 * "bench/target/classes:core/target/classes" dev.strata.bench.DiffBench [tables]}.
 */
public final class DiffBench {
  private DiffBench() {}

  public static void main(String[] args) {
    int tables = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Realm from = realm(tables, false);
    Realm to = realm(tables, true);
    DiffHooks hooks = new DiffHooks() {};
    int changes = 0;
    for (int i = 0; i < 20; i++) {
      changes = Planner.order(Differ.diff(from, to, hooks), true).size();
    }
    long[] times = new long[15];
    for (int i = 0; i < times.length; i++) {
      long t0 = System.nanoTime();
      List<SchemaChange> c = Differ.diff(from, to, hooks);
      Planner.order(c, true);
      times[i] = System.nanoTime() - t0;
    }
    Arrays.sort(times);
    System.out.printf(
        "diff+order of two %d-table models: %d changes, median %.1f ms, min %.1f ms, max %.1f ms%n",
        tables, changes, times[times.length / 2] / 1e6, times[0] / 1e6, times[times.length - 1] / 1e6);
  }

  private static Realm realm(int tables, boolean changed) {
    List<Table> out = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      boolean touch = changed && t % 10 == 0;
      List<Column> cols = new ArrayList<>();
      cols.add(new Column("id", new ColumnType("bigint"), false, null, null, null, Map.of()));
      for (int c = 0; c < 7; c++) {
        String type = touch && c == 3 ? "varchar(200)" : "varchar(100)";
        cols.add(new Column("c" + c, new ColumnType(type), c % 2 == 0, null, null, null, Map.of()));
      }
      if (touch) {
        cols.add(new Column("added", new ColumnType("int"), true, null, null, null, Map.of()));
      }
      List<Index> idx =
          List.of(
              new Index("t" + t + "_c1", false, List.of(IndexPart.of("c1")), "", "", false),
              new Index("t" + t + "_c2", touch, List.of(IndexPart.of("c2")), "", "", false));
      List<ForeignKey> fks =
          t == 0
              ? List.of()
              : List.of(new ForeignKey("t" + t + "_fk", List.of("c0"), "", "t" + (t - 1), List.of("id"), "NO ACTION", "CASCADE"));
      out.add(
          new Table(
              "t" + t, cols, new PrimaryKey("", List.of(IndexPart.of("id"))), idx, fks, List.of(), List.of(), Map.of()));
    }
    return new Realm(List.of(Schema.empty("app").withTables(out)));
  }
}
