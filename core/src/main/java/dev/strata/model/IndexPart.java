package dev.strata.model;

/**
 * One part of an index or key: a column or an expression.
 *
 * @param column the column name, or null for an expression part
 * @param expression the expression, or null for a column part
 * @param descending true for DESC
 * @param prefix MySQL prefix length, or 0 for none
 * @param extra dialect text that follows the part (PostgreSQL operator class, collation), or empty
 */
public record IndexPart(String column, String expression, boolean descending, int prefix, String extra) {
  /** Returns an ascending part on {@code column}. */
  public static IndexPart of(String column) {
    return new IndexPart(column, null, false, 0, "");
  }
}
