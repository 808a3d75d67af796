package dev.strata.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One schema (a PostgreSQL schema, a MySQL database, SQLite's {@code main}) and what it holds.
 *
 * @param name the schema name
 * @param tables tables sorted by name
 * @param views views (and PostgreSQL materialized views) sorted by name
 * @param sequences PostgreSQL sequences not owned by an identity column
 * @param enums PostgreSQL enum types
 * @param functions functions and procedures
 * @param attrs schema attributes: {@code charset}, {@code collate}, {@code comment}; empty when none
 */
public record Schema(
    String name,
    List<Table> tables,
    List<View> views,
    List<Sequence> sequences,
    List<EnumType> enums,
    List<Function> functions,
    Map<String, String> attrs) {
  public Schema {
    tables = List.copyOf(tables);
    views = List.copyOf(views);
    sequences = List.copyOf(sequences);
    enums = List.copyOf(enums);
    functions = List.copyOf(functions);
    attrs = Map.copyOf(attrs);
  }

  /** Returns an empty schema named {@code name}. */
  public static Schema empty(String name) {
    return new Schema(name, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
  }

  /** Returns the table named {@code name}, or empty. */
  public Optional<Table> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** Returns a copy holding {@code newTables} instead of its tables. */
  public Schema withTables(List<Table> newTables) {
    return new Schema(name, newTables, views, sequences, enums, functions, attrs);
  }
}
