package dev.strata.cli.render;

import dev.strata.migrate.exec.SetResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints {@code migrate set}'s report as Atlas does (§6.1); nothing when nothing changed. */
public final class SetReport {
  private SetReport() {}

  public static void print(PrintWriter out, SetResult r) {
    if (r.changes().isEmpty()) {
      return;
    }
    if (r.current().isEmpty()) {
      out.println("All revisions deleted (" + r.removedCount() + " in total):");
    } else {
      List<String> parts = new ArrayList<>();
      if (r.setCount() > 0) {
        parts.add(r.setCount() + " set");
      }
      if (r.removedCount() > 0) {
        parts.add(r.removedCount() + " removed");
      }
      out.println("Current version is " + r.current() + " (" + String.join(", ", parts) + "):");
    }
    out.println();
    for (SetResult.Change c : r.changes()) {
      String desc = c.description() == null || c.description().isEmpty() ? "" : " (" + c.description() + ")";
      out.println("  " + (c.removed() ? "-" : "+") + " " + c.version() + desc);
    }
    out.println();
  }
}
