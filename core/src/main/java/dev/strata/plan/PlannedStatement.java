package dev.strata.plan;

/**
 * One SQL statement of a plan.
 *
 * @param sql the statement, without a trailing delimiter
 * @param comment Atlas's comment for it ({@code Create "users" table}), or empty
 * @param transactional false when the statement cannot run inside a transaction
 */
public record PlannedStatement(String sql, String comment, boolean transactional) {
  /** Returns a transactional statement. */
  public static PlannedStatement of(String sql, String comment) {
    return new PlannedStatement(sql, comment, true);
  }
}
