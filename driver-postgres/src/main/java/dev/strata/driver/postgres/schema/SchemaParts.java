package dev.strata.driver.postgres.schema;

import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.EnumType;
import dev.strata.model.ForeignKey;
import dev.strata.model.Function;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Schema;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pieces of one schema as the catalog queries deliver them, gathered before they become the
 * immutable {@link Schema}. Mutable, confined to one inspection.
 */
final class SchemaParts {
  final String name;
  final Map<String, String> attrs = new HashMap<>();
  final Map<String, TableParts> tables = new LinkedHashMap<>();
  final List<View> views = new ArrayList<>();
  final List<Sequence> sequences = new ArrayList<>();
  final Map<String, List<String>> enums = new LinkedHashMap<>();
  final List<Function> functions = new ArrayList<>();

  /** Indexes of materialized views by view name; they end up in the view's definition. */
  final Map<String, List<Index>> viewIndexes = new HashMap<>();

  /** Sequences that serial columns own; they are part of the column, not of the schema. */
  final Set<String> serialSequences = new HashSet<>();

  SchemaParts(String name) {
    this.name = name;
  }

  /** Returns the parts of table {@code table}, or null when the table was not read. */
  TableParts table(String table) {
    return tables.get(table);
  }

  /** Returns the schema with every list sorted by name, as the model requires. */
  Schema build() {
    List<Table> built = new ArrayList<>();
    for (TableParts t : tables.values()) {
      built.add(t.build());
    }
    built.sort(Comparator.comparing(Table::name));
    List<EnumType> enumTypes = new ArrayList<>();
    enums.forEach((n, v) -> enumTypes.add(new EnumType(n, v)));
    enumTypes.sort(Comparator.comparing(EnumType::name));
    List<View> v = new ArrayList<>(views);
    v.sort(Comparator.comparing(View::name));
    List<Sequence> s = new ArrayList<>();
    for (Sequence q : sequences) {
      if (!serialSequences.contains(q.name())) {
        s.add(q);
      }
    }
    s.sort(Comparator.comparing(Sequence::name));
    List<Function> f = new ArrayList<>(functions);
    f.sort(Comparator.comparing(Function::name).thenComparing(Function::arguments));
    return new Schema(name, built, v, s, enumTypes, f, attrs);
  }

  /** The pieces of one table. */
  static final class TableParts {
    final String name;
    final Map<String, String> attrs = new HashMap<>();
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<Index> indexes = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();

    TableParts(String name) {
      this.name = name;
    }

    Table build() {
      List<Index> i = new ArrayList<>(indexes);
      i.sort(Comparator.comparing(Index::name));
      List<ForeignKey> f = new ArrayList<>(foreignKeys);
      f.sort(Comparator.comparing(ForeignKey::name));
      List<Check> c = new ArrayList<>(checks);
      c.sort(Comparator.comparing(Check::name));
      List<Trigger> t = new ArrayList<>(triggers);
      t.sort(Comparator.comparing(Trigger::name));
      return new Table(name, columns, primaryKey, i, f, c, t, attrs);
    }
  }
}
