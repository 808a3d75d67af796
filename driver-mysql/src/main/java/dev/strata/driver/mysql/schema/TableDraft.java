package dev.strata.driver.mysql.schema;

import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table while the inspector fills it from several catalog queries; {@link #build()} returns the
 * immutable {@link Table} with indexes, keys, checks and triggers sorted by name.
 */
final class TableDraft {
  final String name;
  final Map<String, String> attrs = new TreeMap<>();
  final List<Column> columns = new ArrayList<>();
  List<IndexPart> primaryKey;
  final Map<String, IndexDraft> indexes = new LinkedHashMap<>();
  final Map<String, FkDraft> foreignKeys = new LinkedHashMap<>();
  final List<Check> checks = new ArrayList<>();
  final List<Trigger> triggers = new ArrayList<>();

  TableDraft(String name) {
    this.name = name;
  }

  /** An index while its parts arrive one row at a time. */
  static final class IndexDraft {
    final boolean unique;
    final String method;
    final List<IndexPart> parts = new ArrayList<>();

    IndexDraft(boolean unique, String method) {
      this.unique = unique;
      this.method = method;
    }
  }

  /** A foreign key while its columns arrive one row at a time. */
  static final class FkDraft {
    final String refSchema;
    final String refTable;
    final String onUpdate;
    final String onDelete;
    final List<String> columns = new ArrayList<>();
    final List<String> refColumns = new ArrayList<>();

    FkDraft(String refSchema, String refTable, String onUpdate, String onDelete) {
      this.refSchema = refSchema;
      this.refTable = refTable;
      this.onUpdate = onUpdate;
      this.onDelete = onDelete;
    }
  }

  /** Returns the position of column {@code column} in {@link #columns}, or -1. */
  int columnIndex(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    return -1;
  }

  Table build() {
    List<Index> idx = new ArrayList<>();
    indexes.forEach(
        (n, d) -> idx.add(new Index(n, d.unique, d.parts, d.method, "", false)));
    idx.sort(Comparator.comparing(Index::name));
    List<ForeignKey> fks = new ArrayList<>();
    foreignKeys.forEach(
        (n, d) ->
            fks.add(
                new ForeignKey(n, d.columns, d.refSchema, d.refTable, d.refColumns, d.onUpdate, d.onDelete)));
    fks.sort(Comparator.comparing(ForeignKey::name));
    List<Check> cks = new ArrayList<>(checks);
    cks.sort(Comparator.comparing(Check::name));
    List<Trigger> trs = new ArrayList<>(triggers);
    trs.sort(Comparator.comparing(Trigger::name));
    PrimaryKey pk = primaryKey == null ? null : new PrimaryKey("", primaryKey);
    return new Table(name, columns, pk, idx, fks, cks, trs, attrs);
  }
}
