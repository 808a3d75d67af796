package dev.strata.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table.
 *
 * @param name the table name
 * @param columns columns in ordinal order
 * @param primaryKey the primary key, or null when there is none
 * @param indexes secondary indexes (unique or not) sorted by name; not the primary key
 * @param foreignKeys foreign keys sorted by name
 * @param checks check constraints sorted by name
 * @param triggers triggers on this table sorted by name
 * @param attrs table attributes such as {@code comment}, MySQL {@code engine}, {@code charset},
 *     {@code collate}, SQLite {@code without_rowid}, {@code strict}; empty when none
 */
public record Table(
    String name,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<Index> indexes,
    List<ForeignKey> foreignKeys,
    List<Check> checks,
    List<Trigger> triggers,
    Map<String, String> attrs) {
  public Table {
    columns = List.copyOf(columns);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
    checks = List.copyOf(checks);
    triggers = List.copyOf(triggers);
    attrs = Map.copyOf(attrs);
  }

  /** Returns the column named {@code name}, or empty. */
  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Returns the index named {@code name}, or empty. */
  public Optional<Index> index(String name) {
    return indexes.stream().filter(i -> i.name().equals(name)).findFirst();
  }
}
