package dev.strata.model;

import java.util.List;

/**
 * A primary key.
 *
 * @param name the constraint name, or empty when the dialect has none (MySQL, SQLite)
 * @param parts the key columns in order
 */
public record PrimaryKey(String name, List<IndexPart> parts) {
  public PrimaryKey {
    parts = List.copyOf(parts);
  }
}
