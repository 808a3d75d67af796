package dev.strata.model;

import java.util.List;

/**
 * A secondary index.
 *
 * @param name the index name
 * @param unique true for a unique index (or a UNIQUE constraint)
 * @param parts the indexed columns and expressions, in order
 * @param method the access method ({@code btree}, {@code hash}, {@code gin}, ...), empty for the
 *     dialect's default
 * @param where the predicate of a partial index, or empty
 * @param constraint true when the index backs a UNIQUE constraint rather than a CREATE INDEX
 */
public record Index(
    String name, boolean unique, List<IndexPart> parts, String method, String where, boolean constraint) {
  public Index {
    parts = List.copyOf(parts);
  }
}
