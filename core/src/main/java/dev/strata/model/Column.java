package dev.strata.model;

import java.util.Map;

/**
 * A column.
 *
 * @param name the column name
 * @param type the column type, normalised by the dialect's inspector
 * @param nullable true when NULL is allowed
 * @param defaultValue the default, or null when there is none
 * @param generated the generation expression of a generated column, or null
 * @param identity PostgreSQL identity, or MySQL/SQLite auto-increment; null when none
 * @param attrs other attributes: {@code comment}, MySQL {@code charset}, {@code collate}, {@code
 *     on_update}; PostgreSQL {@code collate}; empty when none
 */
public record Column(
    String name,
    ColumnType type,
    boolean nullable,
    DefaultValue defaultValue,
    Generated generated,
    Identity identity,
    Map<String, String> attrs) {
  public Column {
    attrs = Map.copyOf(attrs);
  }
}
