package dev.strata.model;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name the constraint name
 * @param columns the referencing columns
 * @param refSchema the referenced table's schema
 * @param refTable the referenced table
 * @param refColumns the referenced columns
 * @param onUpdate the update action ({@code NO ACTION}, {@code CASCADE}, {@code SET NULL}, ...)
 * @param onDelete the delete action
 */
public record ForeignKey(
    String name,
    List<String> columns,
    String refSchema,
    String refTable,
    List<String> refColumns,
    String onUpdate,
    String onDelete) {
  public ForeignKey {
    columns = List.copyOf(columns);
    refColumns = List.copyOf(refColumns);
  }
}
