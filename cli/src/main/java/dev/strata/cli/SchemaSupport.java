package dev.strata.cli;

import dev.strata.devdb.StateLoader;
import dev.strata.diff.Differ;
import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.model.change.SchemaChange;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import dev.strata.plan.Planner;
import dev.strata.spi.DriverRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the schema commands share: loading states, the creation SQL of a state, prompts. */
final class SchemaSupport {
  private SchemaSupport() {}

  static StateLoader loader(CliContext context, DevDatabases dev) {
    return new StateLoader(DriverRegistry.load(), context.workingDir(), dev);
  }

  /** Returns {@code realm} restricted to {@code schemas} (all when empty). */
  static StateLoader.State only(StateLoader.State s, List<String> schemas) {
    if (schemas.isEmpty()) {
      return s;
    }
    List<Schema> kept = new ArrayList<>();
    for (Schema sc : s.realm().schemas()) {
      if (schemas.contains(sc.name())) {
        kept.add(sc);
      }
    }
    return new StateLoader.State(new Realm(kept), s.schema(), s.driver());
  }

  /** Returns the statements that create {@code state} from nothing. */
  static List<PlannedStatement> creation(StateLoader.State state, String indent) {
    List<SchemaChange> changes;
    boolean qualify = state.schema().isEmpty();
    if (qualify) {
      changes = Differ.diff(new Realm(List.of()), state.realm(), state.driver().diffHooks());
    } else {
      String name = state.schema().get();
      Schema s = state.realm().schema(name).orElse(Schema.empty(name));
      changes = Differ.diffSchemas(Schema.empty(name), s, state.driver().diffHooks(), name);
    }
    return Planner.plan(changes, state.driver().planWriter(), new PlanOptions(qualify, null, indent));
  }

  /**
   * Asks {@code Are you sure?} and returns true for Apply. Reads one line from standard input;
   * anything but "apply" (or "a", "yes", "y") aborts, and so does the end of input.
   */
  static boolean confirm(CliContext context) {
    context.out().print("? Are you sure? [Apply/Abort]: ");
    context.out().flush();
    try {
      String line = context.in().readLine();
      String answer = line == null ? "" : line.trim().toLowerCase(Locale.ROOT);
      return answer.equals("apply") || answer.equals("a") || answer.equals("yes") || answer.equals("y");
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
