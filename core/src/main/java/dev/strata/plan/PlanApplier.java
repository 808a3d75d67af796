package dev.strata.plan;

import dev.strata.error.StatementFailedException;
import dev.strata.spi.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes a plan on a connection. With {@code transactional} (Atlas's {@code --tx-mode file})
 * consecutive transactional statements share one transaction, so a failure rolls the plan back
 * where the database allows it; statements that cannot run in a transaction (SQLite's {@code
 * PRAGMA foreign_keys}) run between the transactions, in their place.
 */
public final class PlanApplier {
  private PlanApplier() {}

  /** What ran: the statements applied, and the error that stopped the plan or null. */
  public record Result(List<PlannedStatement> applied, StatementFailedException error) {}

  /** Returns what ran; never throws for a failing statement, which is in the result. */
  public static Result apply(Connection c, List<PlannedStatement> plan, Dialect dialect, boolean transactional)
      throws SQLException {
    List<PlannedStatement> applied = new ArrayList<>();
    boolean inTx = false;
    for (int i = 0; i < plan.size(); i++) {
      PlannedStatement p = plan.get(i);
      boolean tx = transactional && p.transactional();
      if (tx && !inTx) {
        c.setAutoCommit(false);
        inTx = true;
      } else if (!tx && inTx) {
        c.commit();
        c.setAutoCommit(true);
        inTx = false;
      }
      try (java.sql.Statement st = c.createStatement()) {
        st.execute(p.sql());
        applied.add(p);
      } catch (SQLException e) {
        if (inTx) {
          c.rollback();
          c.setAutoCommit(true);
          if (dialect.transactionalDdl()) {
            applied.clear();
          }
        }
        String text = dialect.describe(e);
        return new Result(
            applied,
            new StatementFailedException(
                "plan", "", i, 0, p.sql(), text, dialect.classify(e).name(), e));
      }
    }
    if (inTx) {
      c.commit();
      c.setAutoCommit(true);
    }
    return new Result(applied, null);
  }
}
