package dev.strata.migrate.exec;

import dev.strata.error.HistoryChangedException;
import dev.strata.error.StatementFailedException;
import dev.strata.migrate.history.Revision;
import dev.strata.migrate.history.RevisionStore;
import dev.strata.migrate.history.RevisionType;
import dev.strata.spi.Dialect;
import dev.strata.spi.OutcomeProbe;
import dev.strata.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one file's statements and records each one exactly when it takes effect:
 *
 * <ul>
 *   <li>transactional DDL (PostgreSQL, SQLite), tx-mode file/all: the statements and one final
 *       revision write share the transaction, so no per-statement round trips are paid;
 *   <li>transactional DDL, tx-mode none: each statement commits together with its revision
 *       update; a statement that cannot run in a transaction runs alone, recorded right after;
 *   <li>implicit-commit DDL (MySQL, MariaDB), every tx mode: records are chained. Each revision
 *       write goes before an implicit-commit statement and says "the statements before it applied,
 *       this one in flight"; the statement's own implicit commit makes it durable, and the outcome
 *       probe judges the statement after a crash. In tx-mode file and all, DML shares its
 *       transaction with the next such write or the file's last one; in tx-mode none each DML
 *       statement commits with its own record. Auto-commit stays off from one file to the next.
 *       Tx-mode all commits at the end of each file as file does: the DDL statements commit
 *       anyway, and DML left open into the next file would be rolled back by a failure there
 *       while the earlier file's row is no longer the last one, which a resumed run would skip.
 * </ul>
 */
final class FileRunner {
  private final Dialect dialect;
  private final ApplyListener listener;
  private final Clock clock;
  private final String operator;
  private final boolean dryRun;
  private final OutcomeProbe probe;
  private final InFlightJudge judge;

  FileRunner(
      Dialect dialect,
      OutcomeProbe probe,
      ApplyListener listener,
      Clock clock,
      String operator,
      boolean dryRun) {
    this.probe = probe;
    this.judge = new InFlightJudge(dialect, probe);
    this.dialect = dialect;
    this.listener = listener;
    this.clock = clock;
    this.operator = operator;
    this.dryRun = dryRun;
  }

  /** What running a file produced: the record for the report, and the error when it failed. */
  record Outcome(AppliedFile file, StatementFailedException error) {}

  /** Thrown when the connection was lost at a point where resuming cannot run anything twice. */
  static final class ResumableLoss extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient AppliedFile partial;

    ResumableLoss(SQLException cause, AppliedFile partial) {
      super(cause.getMessage(), cause);
      this.partial = partial;
    }

    /** Returns what the interrupted file durably applied in this attempt, or null. */
    AppliedFile partial() {
      return partial;
    }
  }

  /**
   * Runs {@code f} from the first statement {@code existing} has not applied. In tx-mode all the
   * caller owns the transaction: auto-commit is already off and the caller commits or rolls back.
   *
   * @param existing the file's revision from an earlier run, or null
   * @throws ResumableLoss when the connection dropped where a new connection can safely resume
   */
  Outcome run(Connection c, RevisionStore store, LoadedFile f, Revision existing)
      throws SQLException, ResumableLoss {
    Instant start = clock.instant();
    long t0 = System.nanoTime();
    List<Statement> stmts = f.statements();
    long skipped = existing == null ? 0 : Math.min(existing.applied(), stmts.size());
    Revision rev;
    if (existing != null) {
      checkHistory(f, existing);
      rev = existing.withTotal(stmts.size()).withHash(f.hash()).withType(RevisionType.EXECUTE);
    } else {
      rev =
          new Revision(
              f.file().version(), f.file().description(), RevisionType.EXECUTE, 0, stmts.size(),
              start, 0, null, null, f.hash(), null, operator);
    }
    Optional<InFlightMark> interrupted =
        existing == null || dryRun ? Optional.empty() : judge.markOf(f, existing);
    if (interrupted.isPresent()) {
      // A crash hit implicit-commit statements between their start and their record: ask the probe.
      int took = judge.took(c, f, (int) skipped, interrupted.get());
      if (took > 0) {
        rev = rev.withProgress(skipped + took, partial(f, skipped + took), null, null);
        store.write(rev);
        skipped += took;
      }
    }
    listener.fileStarted(f.file(), skipped);
    List<String> ran = new ArrayList<>();
    boolean txDdl = dialect.transactionalDdl();
    TxMode mode = f.txMode();
    // Statements whose effect is committed (with a record, or in flight for the probe to judge):
    // what a rollback falls back to.
    long durable = skipped;
    // Implicit-commit DDL: records chained through the in-flight marks.
    boolean chained = !dryRun && !txDdl && probe != null;
    // Chained: DML run since the last commit and not yet recorded.
    boolean dmlOpen = false;
    // Chained: the statements before this index are covered by the last in-flight mark.
    int markedUntil = 0;
    if (!dryRun && (mode == TxMode.FILE || chained)) {
      c.setAutoCommit(false); // Nothing goes over the wire when it is off already.
    }
    for (int i = (int) skipped; i < stmts.size(); i++) {
      Statement s = stmts.get(i);
      listener.statementStarted(f.file(), s);
      ran.add(s.text());
      if (dryRun) {
        continue;
      }
      boolean last = i == stmts.size() - 1;
      boolean alone = mode == TxMode.NONE && dialect.nonTransactional(s.text()).isPresent();
      boolean implicit = !txDdl && dialect.commitsImplicitly(s.text());
      c.setAutoCommit(alone || !chained && mode == TxMode.NONE && implicit);
      // Chained: whether the probe can judge this statement, so that its record may wait.
      boolean judged = false;
      if (chained && implicit && i < markedUntil) {
        judged = true; // Put in flight by the mark written before an earlier statement.
      } else if (chained && implicit) {
        int marked = recordBefore(c, store, f, rev, i, dmlOpen);
        dmlOpen = false;
        judged = marked > 0;
        markedUntil = i + marked;
        durable = i;
      } else {
        if (implicit && !c.getAutoCommit()) {
          // The statement's implicit commit would commit the DML before it together with their
          // records: commit them ourselves first, so what is durable is known exactly.
          c.commit();
          durable = i;
        }
        if (implicit && probe != null) {
          Optional<String> fp = probe.before(c, s.text());
          if (fp.isPresent()) {
            // Recorded before the statement; its implicit commit makes the record durable with it.
            String mark = new InFlightMark(fp.get(), 1, null).text();
            store.write(rev.withProgress(durable, partial(f, durable), mark, s.text()));
          }
        }
      }
      try {
        if (alone) {
          dialect.beforeNonTransactional(c, s.text());
        }
        execute(c, s.text());
      } catch (SQLException e) {
        if (dialect.isConnectionLoss(e) && !implicit && !alone) {
          throw new ResumableLoss(e, partialRecord(f, start, skipped, durable, ran));
        }
        String text = dialect.describe(e);
        listener.statementFailed(f.file(), s, text);
        rollbackQuietly(c);
        // Implicit-commit DDL in tx-mode all: a rollback cannot undo what committed, and the row
        // may hold the failed statement in flight: record the failure as the other modes do.
        if (mode != TxMode.ALL || chained) {
          Revision failed =
              rev.withProgress(durable, partial(f, durable), text, s.text())
                  .withExecution(System.nanoTime() - t0, operator);
          recordFailure(
              c, store, failed, mode == TxMode.NONE || existing != null || durable > 0 || !txDdl);
        }
        StatementFailedException err =
            new StatementFailedException(
                    f.file().name(), f.file().version(), i, s.line(), s.text(), text,
                    dialect.classify(e).name(), e)
                .withResume((int) durable + 1, dialect.detail(e).orElse(null));
        AppliedFile record =
            new AppliedFile(
                f.file(), start, clock.instant(), skipped, ran, new StatementError(s.text(), text));
        return new Outcome(record, err);
      }
      if (chained) {
        // In tx-mode none DML commits with its own record, right below.
        boolean dmlWaits = !implicit && mode != TxMode.NONE;
        if (implicit) {
          durable = i + 1;
        } else if (dmlWaits) {
          dmlOpen = true;
        }
        if (!last && (judged || dmlWaits)) {
          // The row holds this statement in flight (or the DML is not committed): the next
          // record, written before the next implicit-commit statement or after the last one,
          // carries its progress. A crash before then leaves the probe to judge it.
          continue;
        }
      }
      if (mode == TxMode.NONE || !txDdl || last) {
        rev =
            last
                ? rev.withProgress(i + 1, null, null, null)
                    .withExecution(System.nanoTime() - t0, operator)
                : rev.withProgress(i + 1, partial(f, i + 1), null, null);
        try {
          store.write(rev);
          boolean commitNow = mode == TxMode.NONE || implicit;
          if (commitNow && !c.getAutoCommit()) {
            c.commit();
          }
          if (commitNow) {
            durable = i + 1;
          }
        } catch (SQLException e) {
          if (dialect.isConnectionLoss(e) && txDdl && !alone) {
            throw new ResumableLoss(e, partialRecord(f, start, skipped, durable, ran));
          }
          throw e;
        }
      }
    }
    if (!dryRun && stmts.size() == skipped) {
      // Nothing left to run (an empty file, or a resumed file with nothing after its prefix).
      store.write(
          rev.withProgress(stmts.size(), null, null, null)
              .withExecution(System.nanoTime() - t0, operator));
    }
    // Implicit-commit DDL in tx-mode all commits here too: see the class comment.
    if (!dryRun && (mode != TxMode.ALL || chained)) {
      if (!c.getAutoCommit()) {
        c.commit();
      }
      if (!chained) {
        c.setAutoCommit(true);
      }
      // Implicit-commit DDL: auto-commit stays off with nothing open, so the next file sends no
      // "set autocommit" either; a failure's record turns it back on.
    }
    listener.fileApplied(f.file(), Duration.ofNanos(System.nanoTime() - t0));
    return new Outcome(new AppliedFile(f.file(), start, clock.instant(), skipped, ran, null), null);
  }

  /**
   * Chained records: writes the record before implicit-commit statement {@code i}, the progress of
   * the statements before it and {@code i} in flight, in one upsert. The statement's implicit
   * commit makes it durable, together with the deferred progress of the statements before it. DML
   * before the statement is committed here with the record instead: a failing DDL statement
   * commits the open transaction or not depending on where it fails, and what is durable must be
   * known exactly. When the probe can judge {@code i} without looking at the database, the mark
   * also covers the implicit-commit statements right after it that it can judge so, and they run
   * without writes of their own. Returns how many statements from {@code i} the probe can judge
   * after a crash: 0 when not {@code i}.
   */
  private int recordBefore(
      Connection c, RevisionStore store, LoadedFile f, Revision rev, int i, boolean dmlOpen)
      throws SQLException {
    String text = f.statements().get(i).text();
    Optional<String> fp = probe.before(c, text);
    boolean judged = fp.isPresent() && probe.canTell(fp.get());
    int marked = judged ? 1 + judge.followers(f.statements(), i, fp.get()) : 0;
    Revision progress = rev.withProgress(i, partial(f, i), null, null);
    boolean committed = false;
    if (dmlOpen && !judged) {
      // Never commit a mark only a person can judge ahead of its statement: a crash before the
      // statement starts would stop the next run for nothing.
      store.write(progress);
      c.commit();
      committed = true;
    }
    if (fp.isPresent()) {
      int n = Math.max(1, marked);
      String through = n == 1 ? null : f.statementHashes().get(i + n - 1);
      String mark = new InFlightMark(fp.get(), n, through).text();
      store.write(rev.withProgress(i, partial(f, i), mark, text));
    } else if (!committed) {
      // No mark: the row must not hold an earlier statement in flight while this one runs.
      store.write(progress);
    }
    if (dmlOpen && !committed) {
      c.commit();
    }
    return marked;
  }

  /** Returns the statements of this attempt whose records are committed, as a report entry. */
  private AppliedFile partialRecord(
      LoadedFile f, Instant start, long skipped, long durable, List<String> ran) {
    int done = (int) Math.max(0, Math.min(ran.size(), durable - skipped));
    return new AppliedFile(f.file(), start, clock.instant(), skipped, ran.subList(0, done), null);
  }

  private static void checkHistory(LoadedFile f, Revision existing) {
    List<String> stored = existing.partialHashes() == null ? List.of() : existing.partialHashes();
    long applied = Math.min(existing.applied(), Integer.MAX_VALUE);
    for (int i = 0; i < applied; i++) {
      String want = i < stored.size() ? strip(stored.get(i)) : null;
      String have = i < f.statementHashes().size() ? strip(f.statementHashes().get(i)) : null;
      if (want == null || !want.equals(have)) {
        throw new HistoryChangedException(f.file().name(), i + 1);
      }
    }
  }

  static String strip(String h) {
    return h.startsWith("h1:") ? h.substring(3) : h;
  }

  private static List<String> partial(LoadedFile f, long applied) {
    return applied == 0 ? null : f.statementHashes().subList(0, (int) applied);
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (java.sql.Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      if (!c.getAutoCommit()) {
        c.rollback();
      }
    } catch (SQLException ignored) {
      // The connection may be gone; its transaction died with it.
    }
  }

  /**
   * Records the failure after the rollback, in its own transaction, when there is something to
   * record: a file that left nothing behind (a rolled-back first attempt on transactional DDL)
   * leaves no row, as with Atlas, and simply stays pending.
   */
  private static void recordFailure(
      Connection c, RevisionStore store, Revision failed, boolean worthARow) {
    if (!worthARow) {
      return;
    }
    try {
      c.setAutoCommit(true);
      store.write(failed);
    } catch (SQLException ignored) {
      // Best effort: the connection may have died with the statement.
    }
  }
}
