package dev.strata.cli.render;

import dev.strata.error.StatementFailedException;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.migrate.exec.InFlightMark;
import dev.strata.migrate.exec.StatusResult;
import dev.strata.migrate.history.Revision;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints Strata's explanation of a failed migration after Atlas's report: what kind of failure it
 * was (the troubleshooting guide's four kinds) and the next steps. The lines come after Atlas's
 * block, so parsers of Atlas's output still read it.
 */
public final class FailureAdvice {
  private FailureAdvice() {}

  /** Prints advice for a failed apply; nothing when the failure was not a statement's. */
  public static void print(PrintWriter out, ApplyResult result) {
    if (!(result.error() instanceof StatementFailedException)) {
      return;
    }
    StatementFailedException e = (StatementFailedException) result.error();
    String kind = e.kind();
    out.println();
    out.println("Failure: " + describe(kind) + " in " + e.file() + " at line " + e.line()
        + " (statement " + (e.index() + 1) + ")");
    if (e.detail() != null) {
      out.println("  -- " + e.detail().replace("\n", "\n     "));
    }
    steps(out, kind, e.file(), e.resumeAt());
    out.flush();
  }

  /** Prints advice under {@code migrate status}'s error block. */
  public static void printForStatus(PrintWriter out, Revision last, StatusResult s, String dir) {
    String kind = classifyText(s.error());
    String file = last.description() == null || last.description().isEmpty()
        ? last.version() + ".sql"
        : last.version() + "_" + last.description() + ".sql";
    out.println();
    Optional<InFlightMark> mark = parseQuietly(s.error());
    if (mark.isPresent()) {
      interrupted(out, file, (int) last.applied() + 1, mark.get().statements());
      return;
    }
    out.println("Failure: " + describe(kind) + " in " + file + " (statement " + (last.applied() + 1) + ")");
    steps(out, kind, file, (int) last.applied() + 1);
  }

  /**
   * A run stopped (killed, or its connection lost) after it started implicit-commit statements and
   * before it recorded their outcome: not a failure of the statements, and nothing to fix.
   */
  private static void interrupted(PrintWriter out, String file, int first, int count) {
    String which = count == 1
        ? "statement " + first
        : "statements " + first + " to " + (first + count - 1);
    out.println("Failure: interrupted run in " + file + " (" + which + ")");
    out.println("  -- A run stopped (killed, or its connection lost) while " + which
        + " ran, before");
    out.println("     their outcome was recorded. Nothing in the file needs fixing.");
    out.println("  -- Run 'strata migrate apply' again: it checks which of them took effect and"
        + " resumes");
    out.println("     after those; none runs twice.");
  }

  private static Optional<InFlightMark> parseQuietly(String error) {
    try {
      return InFlightMark.parse(error);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // The next apply reports the damaged mark.
    }
  }

  private static void steps(PrintWriter out, String kind, String file, int statement) {
    String resume =
        "  -- Run 'strata migrate apply' again: it resumes at statement "
            + statement
            + " of "
            + file
            + (statement > 1 ? "; statements before it do not run again." : ".");
    switch (kind) {
      case "SYNTAX":
        out.println("  -- Fix the statement in " + file + ", then run 'strata migrate hash'.");
        out.println(resume);
        break;
      case "SCHEMA":
        out.println("  -- If the migration file is wrong: fix it, then run 'strata migrate hash'.");
        out.println("  -- If the database drifted (changed by hand): restore the schema the file expects,");
        out.println("     then keep the file as it is.");
        out.println(resume);
        break;
      case "DATA":
        out.println("  -- The data conflicts with the statement (duplicate key, NULL, foreign key, value out of range).");
        out.println("  -- Fix the data or the statement; add statements that fix data to " + file + " before the failing one");
        out.println("     so other deployments do not fail too; then run 'strata migrate hash'.");
        out.println(resume);
        break;
      case "CONNECTION":
        out.println("  -- The connection to the database was lost.");
        out.println("  -- Run 'strata migrate apply' again: it resumes from the revision table.");
        break;
      case "LOCK":
        out.println("  -- A lock held by another session blocked the statement; retry when it is released.");
        out.println(resume);
        break;
      default:
        out.println("  -- Fix the cause shown above; if you edit " + file + ", run 'strata migrate hash'.");
        out.println(resume);
    }
  }

  private static String describe(String kind) {
    switch (kind) {
      case "SYNTAX":
        return "syntax error";
      case "SCHEMA":
        return "schema-dependent change";
      case "DATA":
        return "data-dependent change";
      case "CONNECTION":
        return "connection loss";
      case "LOCK":
        return "lock conflict";
      default:
        return "statement error";
    }
  }

  /** Returns the failure kind guessed from a stored error text (the revision keeps no kind). */
  static String classifyText(String error) {
    String e = error == null ? "" : error.toLowerCase(Locale.ROOT);
    if (e.contains("syntax")) {
      return "SYNTAX";
    }
    if (e.contains("duplicate column") || e.contains("duplicate key name")) {
      return "SCHEMA";
    }
    if (e.contains("duplicate") || e.contains("violat") || e.contains("constraint")
        || e.contains("cannot be null") || e.contains("null value") || e.contains("truncated")
        || e.contains("out of range") || e.contains("invalid input")) {
      return "DATA";
    }
    if (e.contains("already exists") || e.contains("does not exist") || e.contains("no such")
        || e.contains("doesn't exist") || e.contains("unknown column") || e.contains("unknown table")) {
      return "SCHEMA";
    }
    if (e.contains("connection") || e.contains("terminat")) {
      return "CONNECTION";
    }
    if (e.contains("lock")) {
      return "LOCK";
    }
    return "OTHER";
  }
}
