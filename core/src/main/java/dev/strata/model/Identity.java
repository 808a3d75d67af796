package dev.strata.model;

/**
 * An automatically numbered column: a PostgreSQL identity ({@code ALWAYS} or {@code BY DEFAULT})
 * or a MySQL/SQLite {@code AUTO_INCREMENT}/{@code AUTOINCREMENT}.
 *
 * @param generation {@code ALWAYS}, {@code BY DEFAULT} or {@code AUTO_INCREMENT}
 * @param start the first value (1 unless set)
 * @param increment the step (1 unless set)
 */
public record Identity(String generation, long start, long increment) {}
