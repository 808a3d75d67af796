package dev.strata.cli.render;

import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.exec.StatusResult;
import dev.strata.migrate.history.Revision;
import dev.strata.migrate.history.RevisionType;
import dev.strata.spi.Driver;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints {@code migrate status} exactly as Atlas does (§5), then Strata's advice on failures. */
public final class StatusReport {
  private StatusReport() {}

  /** Prints the text report. */
  public static void print(PrintWriter out, StatusResult s, String dir) {
    out.println("Migration Status: " + s.status());
    String current = s.current();
    String next = s.next().isEmpty() ? "UNKNOWN" : s.next();
    if (s.partial()) {
      current += " (" + s.count() + " statements applied)";
      next += " (" + (s.total() - s.count()) + " statements left)";
    }
    out.println("  -- Current Version: " + current);
    out.println("  -- Next Version:    " + next);
    out.println(
        "  -- Executed Files:  " + s.applied().size() + (s.partial() ? " (last one partially)" : ""));
    int pending = s.pending().size() + s.outOfOrder().size();
    String suffix = "";
    if (!s.outOfOrder().isEmpty()) {
      suffix =
          s.pending().isEmpty()
              ? " (out of order)"
              : " (" + s.outOfOrder().size() + " out of order)";
    }
    out.println("  -- Pending Files:   " + pending + suffix);
    if (!s.outOfOrder().isEmpty() && !s.error().isEmpty()) {
      out.println();
      out.println("  ERROR: " + s.error());
    } else if (!s.sql().isEmpty() || s.partial() && !s.error().isEmpty()) {
      out.println();
      out.println("Last migration attempt had errors:");
      out.println("  -- SQL:   " + s.sql());
      out.println("  -- ERROR: " + s.error());
      Revision last = s.applied().get(s.applied().size() - 1);
      FailureAdvice.printForStatus(out, last, s, dir);
    }
  }

  /** Returns the template data of Atlas's {@code MigrateStatus}. */
  public static Map<String, Object> json(Driver driver, String dir, StatusResult s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Env", ApplyJson.env(driver, dir));
    m.put("Available", files(s.available()));
    if (!s.outOfOrder().isEmpty()) {
      m.put("OutOfOrder", files(s.outOfOrder()));
    }
    m.put("Pending", files(s.pending()));
    List<Object> applied = new ArrayList<>();
    for (Revision r : s.applied()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("Version", r.version());
      a.put("Description", r.description());
      a.put("Type", RevisionType.name(r.type()));
      a.put("Applied", r.applied());
      a.put("Total", r.total());
      a.put("ExecutedAt", r.executedAt());
      a.put("ExecutionTime", r.executionTimeNanos());
      if (r.error() != null) {
        a.put("Error", r.error());
      }
      if (r.errorStmt() != null) {
        a.put("ErrorStmt", r.errorStmt());
      }
      a.put("OperatorVersion", r.operatorVersion());
      applied.add(a);
    }
    m.put("Applied", applied);
    m.put("Current", s.current());
    m.put("Next", s.next());
    m.put("Count", s.count());
    m.put("Total", s.total());
    m.put("Status", s.status());
    m.put("Error", s.error());
    m.put("SQL", s.sql());
    return m;
  }

  static List<Object> files(List<MigrationFile> files) {
    List<Object> out = new ArrayList<>();
    for (MigrationFile f : files) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("Name", f.name());
      m.put("Version", f.version());
      m.put("Description", f.description());
      out.add(m);
    }
    return out;
  }
}
