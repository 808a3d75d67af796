package dev.strata.cli.render;

import dev.strata.plan.PlannedStatement;
import java.util.List;

/** Renders planned statements as Atlas prints and writes them: a comment line, then the SQL. */
public final class PlanText {
  private PlanText() {}

  /** Returns each statement as {@code -- <Comment>\n<SQL>;\n}, in order. */
  public static String of(List<PlannedStatement> plan) {
    StringBuilder b = new StringBuilder();
    for (PlannedStatement p : plan) {
      if (!p.comment().isEmpty()) {
        b.append("-- ").append(capitalize(p.comment())).append('\n');
      }
      b.append(p.sql()).append(";\n");
    }
    return b.toString();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
