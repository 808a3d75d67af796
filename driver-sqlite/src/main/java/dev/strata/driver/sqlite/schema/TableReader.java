package dev.strata.driver.sqlite.schema;

import dev.strata.driver.sqlite.schema.Catalog.ColumnRow;
import dev.strata.driver.sqlite.schema.Catalog.ForeignKeyRow;
import dev.strata.driver.sqlite.schema.Catalog.IndexRow;
import dev.strata.driver.sqlite.schema.Catalog.TableRow;
import dev.strata.driver.sqlite.schema.DdlParser.CheckClause;
import dev.strata.driver.sqlite.schema.DdlParser.ColumnDefinition;
import dev.strata.driver.sqlite.schema.DdlParser.ForeignKeyClause;
import dev.strata.driver.sqlite.schema.DdlParser.IndexDefinition;
import dev.strata.driver.sqlite.schema.DdlParser.TableDefinition;
import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.ColumnType;
import dev.strata.model.DefaultValue;
import dev.strata.model.ForeignKey;
import dev.strata.model.Generated;
import dev.strata.model.Identity;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns one table's catalog rows and CREATE statements into a {@link Table}. Names SQLite does not
 * keep are given stable ones, derived from what the object is rather than from where it was
 * declared, so the same schema always reads back the same model:
 *
 * <ul>
 *   <li>a UNIQUE constraint (SQLite's {@code sqlite_autoindex_t_N}) is named {@code
 *       <table>_<columns>_key};
 *   <li>an unnamed foreign key is named {@code <table>_<columns>_fkey};
 *   <li>an unnamed CHECK is named {@code <table>_chk_<n>}, n counting unnamed checks in
 *       declaration order;
 * </ul>
 *
 * each with a numeric suffix if the name is taken. The plan writer knows these rules.
 */
final class TableReader {
  private TableReader() {}

  /** Returns the suffix-free name of an unnamed foreign key on {@code columns}. */
  static String foreignKeyName(String table, List<String> columns) {
    return table + "_" + String.join("_", columns) + "_fkey";
  }

  /** Returns the suffix-free name of a UNIQUE constraint on {@code parts}. */
  static String uniqueName(String table, List<IndexPart> parts) {
    List<String> names = new ArrayList<>();
    for (IndexPart p : parts) {
      names.add(p.column() == null ? "expr" : p.column());
    }
    return table + "_" + String.join("_", names) + "_key";
  }

  /**
   * Returns the table described by {@code row} and its catalog rows. {@code tableName} spells a
   * referenced table as it is declared (SQLite keeps the spelling of the REFERENCES clause); {@code
   * primaryKeyOf} gives the key columns of a table, for a foreign key that names no columns.
   */
  static Table read(
      TableRow row,
      List<ColumnRow> columnRows,
      List<IndexRow> indexRows,
      List<ForeignKeyRow> fkRows,
      List<Trigger> triggers,
      Function<String, String> tableName,
      Function<String, List<String>> primaryKeyOf) {
    TableDefinition def = DdlParser.table(row.sql());
    List<Column> columns = new ArrayList<>();
    for (ColumnRow r : columnRows) {
      if (r.hidden() == 1) {
        continue; // a hidden column of a virtual table; ordinary tables have none
      }
      columns.add(column(r, def.column(r.name())));
    }
    Map<String, List<IndexRow>> byIndex = new LinkedHashMap<>();
    for (IndexRow r : indexRows) {
      byIndex.computeIfAbsent(r.index(), k -> new ArrayList<>()).add(r);
    }
    PrimaryKey pk = primaryKey(columnRows, byIndex, columns);
    List<Index> indexes = indexes(row.name(), byIndex, columns);
    List<ForeignKey> fks = foreignKeys(row.name(), fkRows, def, tableName, primaryKeyOf);
    List<Check> checks = checks(row.name(), def);
    Map<String, String> attrs = new LinkedHashMap<>();
    if (row.withoutRowid()) {
      attrs.put("without_rowid", "true");
    }
    if (row.strict()) {
      attrs.put("strict", "true");
    }
    List<Trigger> sortedTriggers = new ArrayList<>(triggers);
    sortedTriggers.sort(Comparator.comparing(Trigger::name));
    return new Table(row.name(), columns, pk, indexes, fks, checks, sortedTriggers, attrs);
  }

  private static Column column(ColumnRow r, ColumnDefinition d) {
    DefaultValue dflt = r.dflt() == null ? null : new DefaultValue(SqliteSyntax.defaultExpr(r.dflt()));
    Generated generated = null;
    if (r.hidden() == 2 || r.hidden() == 3) {
      String expr = d == null || d.generated() == null ? "" : d.generated();
      generated = new Generated(expr, r.hidden() == 3);
    }
    Identity identity = d != null && d.autoincrement() ? new Identity("AUTO_INCREMENT", 1, 1) : null;
    Map<String, String> attrs = d != null && d.collate() != null ? Map.of("collate", d.collate()) : Map.of();
    return new Column(r.name(), new ColumnType(SqliteSyntax.type(r.type())), !r.notNull(), dflt, generated, identity, attrs);
  }

  private static PrimaryKey primaryKey(List<ColumnRow> rows, Map<String, List<IndexRow>> byIndex, List<Column> columns) {
    List<ColumnRow> keyColumns = new ArrayList<>();
    for (ColumnRow r : rows) {
      if (r.pk() > 0) {
        keyColumns.add(r);
      }
    }
    if (keyColumns.isEmpty()) {
      return null;
    }
    keyColumns.sort(Comparator.comparingInt(ColumnRow::pk));
    // The PRIMARY KEY of a table that is not a rowid alias has an index of origin pk: it knows DESC.
    List<IndexRow> keyIndex = List.of();
    for (List<IndexRow> parts : byIndex.values()) {
      if (parts.get(0).origin().equals("pk")) {
        keyIndex = parts;
      }
    }
    List<IndexPart> parts = new ArrayList<>();
    for (int i = 0; i < keyColumns.size(); i++) {
      IndexRow ir = i < keyIndex.size() ? keyIndex.get(i) : null;
      String name = keyColumns.get(i).name();
      boolean desc = ir != null && ir.desc();
      parts.add(new IndexPart(name, null, desc, 0, ir == null ? "" : collation(ir, columns)));
    }
    return new PrimaryKey("", parts);
  }

  private static List<Index> indexes(String table, Map<String, List<IndexRow>> byIndex, List<Column> columns) {
    List<Index> out = new ArrayList<>();
    List<List<IndexPart>> constraints = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (List<IndexRow> rows : byIndex.values()) {
      IndexRow first = rows.get(0);
      if (first.origin().equals("pk")) {
        continue;
      }
      if (first.origin().equals("u")) {
        List<IndexPart> parts = new ArrayList<>();
        for (IndexRow r : rows) {
          parts.add(new IndexPart(r.column(), r.column() == null ? "" : null, r.desc(), 0, collation(r, columns)));
        }
        constraints.add(parts);
        continue;
      }
      IndexDefinition def = DdlParser.index(first.sql() == null ? "" : first.sql());
      List<IndexPart> parts = new ArrayList<>();
      for (IndexRow r : rows) {
        if (r.cid() >= 0 && r.column() != null) {
          parts.add(new IndexPart(r.column(), null, r.desc(), 0, collation(r, columns)));
        } else {
          String expr = r.seqno() < def.parts().size() ? def.parts().get(r.seqno()) : "";
          parts.add(new IndexPart(null, expr, r.desc(), 0, ""));
        }
      }
      out.add(new Index(first.index(), first.unique(), parts, "", first.partial() ? def.where() : "", false));
      taken.add(first.index());
    }
    // Constraint names depend on their columns only, so declaration order does not matter.
    constraints.sort(Comparator.comparing(TableReader::describe));
    for (List<IndexPart> parts : constraints) {
      String name = unique(uniqueName(table, parts), taken);
      out.add(new Index(name, true, parts, "", "", true));
    }
    out.sort(Comparator.comparing(Index::name));
    return out;
  }

  // An index part names its collation only where it differs from the column's own.
  private static String collation(IndexRow r, List<Column> columns) {
    if (r.coll() == null || r.column() == null) {
      return "";
    }
    String own = "BINARY";
    for (Column c : columns) {
      if (c.name().equalsIgnoreCase(r.column())) {
        own = c.attrs().getOrDefault("collate", "BINARY");
      }
    }
    String coll = r.coll().toUpperCase(Locale.ROOT);
    return coll.equals(own) ? "" : "COLLATE " + coll;
  }

  private static String describe(List<IndexPart> parts) {
    StringBuilder b = new StringBuilder();
    for (IndexPart p : parts) {
      b.append(p.column()).append(p.descending() ? " DESC" : "").append(' ').append(p.extra()).append(',');
    }
    return b.toString();
  }

  private static List<ForeignKey> foreignKeys(
      String table,
      List<ForeignKeyRow> rows,
      TableDefinition def,
      Function<String, String> tableName,
      Function<String, List<String>> primaryKeyOf) {
    Map<Integer, List<ForeignKeyRow>> byId = new LinkedHashMap<>();
    for (ForeignKeyRow r : rows) {
      byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
    }
    List<ForeignKeyClause> clauses = new ArrayList<>(def.foreignKeys());
    List<ForeignKey> named = new ArrayList<>();
    List<ForeignKey> unnamed = new ArrayList<>();
    // SQLite numbers foreign keys from the last declared one: walk them in declaration order.
    List<Integer> ids = new ArrayList<>(byId.keySet());
    ids.sort(Comparator.reverseOrder());
    for (int id : ids) {
      List<ForeignKeyRow> parts = byId.get(id);
      ForeignKeyRow first = parts.get(0);
      List<String> cols = new ArrayList<>();
      List<String> refCols = new ArrayList<>();
      for (ForeignKeyRow r : parts) {
        cols.add(r.from());
        if (r.to() != null) {
          refCols.add(r.to());
        }
      }
      String ref = tableName.apply(first.refTable());
      if (refCols.isEmpty()) {
        refCols = primaryKeyOf.apply(ref);
      }
      String name = null;
      for (int i = 0; i < clauses.size(); i++) {
        ForeignKeyClause c = clauses.get(i);
        if (sameNames(c.columns(), cols) && c.refTable().equalsIgnoreCase(first.refTable())) {
          name = c.name();
          clauses.remove(i);
          break;
        }
      }
      ForeignKey fk =
          new ForeignKey(name == null ? "" : name, cols, "main", ref, refCols, first.onUpdate(), first.onDelete());
      (name == null ? unnamed : named).add(fk);
    }
    Set<String> taken = new HashSet<>();
    named.forEach(k -> taken.add(k.name()));
    unnamed.sort(Comparator.comparing((ForeignKey k) -> String.join(",", k.columns()))
        .thenComparing(ForeignKey::refTable)
        .thenComparing(k -> String.join(",", k.refColumns())));
    List<ForeignKey> out = new ArrayList<>(named);
    for (ForeignKey k : unnamed) {
      String name = unique(foreignKeyName(table, k.columns()), taken);
      out.add(new ForeignKey(name, k.columns(), k.refSchema(), k.refTable(), k.refColumns(), k.onUpdate(), k.onDelete()));
    }
    out.sort(Comparator.comparing(ForeignKey::name));
    return out;
  }

  private static List<Check> checks(String table, TableDefinition def) {
    Set<String> taken = new HashSet<>();
    for (CheckClause c : def.checks()) {
      if (c.name() != null) {
        taken.add(c.name());
      }
    }
    List<Check> out = new ArrayList<>();
    int n = 0;
    for (CheckClause c : def.checks()) {
      String name = c.name();
      if (name == null) {
        do {
          n++;
          name = table + "_chk_" + n;
        } while (taken.contains(name));
      }
      out.add(new Check(name, c.expr()));
    }
    out.sort(Comparator.comparing(Check::name));
    return out;
  }

  private static boolean sameNames(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equalsIgnoreCase(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static String unique(String base, Set<String> taken) {
    String name = base;
    for (int i = 1; taken.contains(name); i++) {
      name = base + i;
    }
    taken.add(name);
    return name;
  }
}
