package dev.strata.migrate.exec;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.history.Revision;
import dev.strata.spi.Dialect;
import dev.strata.spi.OutcomeProbe;
import dev.strata.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The outcome probe's side of chained records on implicit-commit DDL: which statements one
 * in-flight mark may cover, and, after a crash, which of the statements a mark left in flight took
 * effect.
 */
final class InFlightJudge {
  private final Dialect dialect;
  private final OutcomeProbe probe;

  /** @param probe the driver's probe, or null when it has none (then nothing is ever in flight) */
  InFlightJudge(Dialect dialect, OutcomeProbe probe) {
    this.dialect = dialect;
    this.probe = probe;
  }

  /**
   * Returns the in-flight mark of {@code existing} when it marks the statement right after the
   * applied prefix, as it stands in the file now.
   */
  Optional<InFlightMark> markOf(LoadedFile f, Revision existing) {
    long applied = existing.applied();
    List<Statement> stmts = f.statements();
    if (probe == null
        || applied >= stmts.size()
        || !stmts.get((int) applied).text().equals(existing.errorStmt())) {
      return Optional.empty();
    }
    try {
      return InFlightMark.parse(existing.error());
    } catch (IllegalArgumentException e) {
      throw new StrataException(
          ErrorCode.REVISIONS, "revision " + existing.version() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns how many statements right after {@code i} can share its in-flight mark: the
   * implicit-commit statements that follow it, as long as the probe gives each, as it gives {@code
   * i}, fingerprint {@code fp} without looking at the database.
   */
  int followers(List<Statement> stmts, int i, String fp) {
    Optional<String> same = Optional.of(fp);
    if (!probe.fingerprintWithoutLooking(stmts.get(i).text()).equals(same)) {
      return 0;
    }
    int n = 0;
    for (int k = i + 1; k < stmts.size(); k++) {
      String next = stmts.get(k).text();
      if (!dialect.commitsImplicitly(next) || !probe.fingerprintWithoutLooking(next).equals(same)) {
        break;
      }
      n++;
    }
    return n;
  }

  /**
   * Asks the probe, in order, about the statements from {@code from} that a crash left in flight,
   * and returns how many took effect. Each ran only after the one before it succeeded, so once one
   * did not take effect none after it can have: an answer that says otherwise means something else
   * changed the database, and a person must look.
   */
  int took(Connection c, LoadedFile f, int from, InFlightMark mark) throws SQLException {
    List<Statement> stmts = f.statements();
    int n = mark.statements();
    boolean edited =
        n > 1
            && (from + n > stmts.size()
                || !FileRunner.strip(f.statementHashes().get(from + n - 1))
                    .equals(FileRunner.strip(mark.through())));
    if (edited) {
      Statement last = stmts.get(Math.min(from + n, stmts.size()) - 1);
      throw new StrataException(
          ErrorCode.REVISIONS,
          String.format(
              "statements %d to %d of %s (lines %d to %d) were interrupted before their outcome was"
                  + " recorded, and the file has changed since: restore them as they were, run"
                  + " 'strata migrate hash', then run 'strata migrate apply'",
              from + 1, from + n, f.file().name(), stmts.get(from).line(), last.line()));
    }
    int took = 0;
    for (int k = 0; k < n; k++) {
      Statement s = stmts.get(from + k);
      Optional<Boolean> r = probe.tookEffect(c, s.text(), mark.fingerprint());
      if (r.isEmpty() || r.get() && took < k) {
        throw new StrataException(
            ErrorCode.REVISIONS,
            String.format(
                "statement %d of %s (line %d) was interrupted before its outcome was recorded, and"
                    + " Strata cannot tell whether it took effect: check the database; if it did,"
                    + " undo its effect so that it can run again, then run 'strata migrate apply'",
                from + k + 1, f.file().name(), s.line()));
      }
      if (r.get()) {
        took++;
      }
    }
    return took;
  }
}
