package dev.strata.spi;

import dev.strata.model.change.SchemaChange;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import java.util.List;

/**
 * Renders schema changes as the dialect's SQL: PostgreSQL {@code ALTER ... TYPE ... USING}, MySQL
 * {@code MODIFY COLUMN}, SQLite table rebuilds where ALTER cannot do it.
 */
public interface PlanWriter {
  /** Returns the statements that carry out {@code change}, in order; empty when the dialect needs none (SQLite's main schema). */
  List<PlannedStatement> write(SchemaChange change, PlanOptions options);

  /**
   * Returns true when foreign keys can be dropped and added by ALTER TABLE, so the planner drops
   * them before anything else and adds them last; false when a table change rewrites the whole
   * table (SQLite), which must then see all of its changes at once.
   */
  default boolean altersForeignKeys() {
    return true;
  }
}
