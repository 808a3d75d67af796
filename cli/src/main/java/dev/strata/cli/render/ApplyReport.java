package dev.strata.cli.render;

import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.exec.ApplyListener;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.migrate.exec.AppliedFile;
import dev.strata.sql.Statement;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * Prints {@code migrate apply}'s report line for line as Atlas does (atlas-compat.md §4.8), as the
 * run progresses, so a long or interrupted run shows where it got to.
 */
public final class ApplyReport implements ApplyListener {
  private final PrintWriter out;

  public ApplyReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void nothingToDo() {
    out.println("No migration files to execute");
    out.flush();
  }

  @Override
  public void planned(String current, String target, List<MigrationFile> pending) {
    out.print("Migrating to version " + target);
    if (!current.isEmpty()) {
      out.print(" from " + current);
    }
    out.println(" (" + pending.size() + " migrations in total):");
    out.flush();
  }

  @Override
  public void fileStarted(MigrationFile file, long skipped) {
    out.println();
    out.println("  -- migrating version " + file.version());
    out.flush();
  }

  @Override
  public void statementStarted(MigrationFile file, Statement statement) {
    out.println("    -> " + statement.text().replace("\n", "\n       "));
    out.flush();
  }

  @Override
  public void statementFailed(MigrationFile file, Statement statement, String errorText) {
    out.println("    " + errorText);
    out.flush();
  }

  @Override
  public void fileApplied(MigrationFile file, Duration took) {
    out.println("  -- ok (" + GoDuration.format(took) + ")");
    out.flush();
  }

  @Override
  public void reconnected(int attempt, int maxAttempts, String cause) {
    out.println(
        "  -- connection lost ("
            + cause
            + "); reconnected and resuming from the revision table (attempt "
            + attempt
            + " of "
            + maxAttempts
            + ")");
    out.flush();
  }

  /** Prints the footer; for an error before any file ran, the error line first. */
  public void finish(ApplyResult result) {
    if (result.nothingToDo()) {
      return;
    }
    if (result.error() != null && result.applied().isEmpty()) {
      out.println();
      out.println("    " + result.error().getMessage());
    }
    long filesOk = 0;
    long filesErr = 0;
    long stmtsOk = 0;
    long stmtsErr = 0;
    for (AppliedFile f : result.applied()) {
      if (f.error() == null) {
        filesOk++;
        stmtsOk += f.applied().size();
      } else {
        filesErr++;
        stmtsErr++;
        stmtsOk += f.applied().size() - 1;
      }
    }
    out.println();
    out.println("  -------------------------");
    out.println("  -- " + GoDuration.format(Duration.between(result.start(), result.end())));
    if (!result.applied().isEmpty()) {
      out.println("  -- " + counts(filesOk, filesErr, "migration"));
      out.println("  -- " + counts(stmtsOk, stmtsErr, "sql statement"));
    }
    out.flush();
  }

  /** Returns Atlas's {@code N things}, {@code N things ok, M with errors} or {@code M with errors}. */
  static String counts(long ok, long errors, String noun) {
    if (errors == 0) {
      return ok + " " + plural(noun, ok);
    }
    if (ok == 0) {
      return errors + " " + plural(noun, errors) + " with errors";
    }
    return ok + " " + plural(noun, ok) + " ok, " + errors + " with errors";
  }

  private static String plural(String noun, long n) {
    return n > 1 ? noun + "s" : noun;
  }
}
