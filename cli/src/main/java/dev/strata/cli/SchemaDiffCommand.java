package dev.strata.cli;

import dev.strata.cli.render.PlanText;
import dev.strata.devdb.StateDiff;
import dev.strata.devdb.StateLoader;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import dev.strata.plan.Planner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strata schema diff}: prints the SQL that turns one state into another. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Calculate the difference between two states and print the SQL that turns --from into --to.",
      "",
      "A state is a database URL, a migration directory (file://migrations?version=V replays it",
      "up to V) or SQL schema files; directories and files are replayed on --dev-url, an",
      "empty database (sqlite://dev?mode=memory for SQLite) that is cleaned after use.",
      "",
      "Example:",
      "  strata schema diff --from \"mysql://root:pass@localhost:3306/app\" \\",
      "    --to \"file://migrations?version=20240101000002\" --dev-url \"mysql://root:pass@localhost:3306/dev\""
    })
public final class SchemaDiffCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--from", split = ",", paramLabel = "<url>", description = "The current state.")
  List<String> from = new ArrayList<>();

  @Option(names = "--to", split = ",", paramLabel = "<url>", description = "The desired state.")
  List<String> to = new ArrayList<>();

  @Option(names = "--dev-url", paramLabel = "<url>", description = "An empty database to replay directories and SQL files on.")
  String devUrl;

  @Option(names = {"-s", "--schema"}, split = ",", paramLabel = "<schema>", description = "Only these schemas.")
  List<String> schemas = new ArrayList<>();

  @Option(names = "--exclude", split = ",", paramLabel = "<glob>", description = "Leave out matching objects.")
  List<String> exclude = new ArrayList<>();

  @Option(names = {"--format", "--log"}, paramLabel = "<template>", description = "'{{ sql . }}' (default).")
  String format;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  public SchemaDiffCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Settings s = new Settings(context, spec, null, null, "schema.diff");
    try (DevDatabases dev = new DevDatabases(s.value("dev", devUrl, null))) {
      StateLoader loader = SchemaSupport.loader(context, dev);
      StateLoader.State current = SchemaSupport.only(loader.load(from, "from", exclude), schemas);
      StateLoader.State desired = SchemaSupport.only(loader.load(to, "to", exclude), schemas);
      var driver = current.driver();
      List<PlannedStatement> plan =
          Planner.plan(
              StateDiff.changes(current, desired, driver.diffHooks()),
              driver.planWriter(),
              new PlanOptions(StateDiff.qualified(current), null, "  "));
      if (plan.isEmpty()) {
        context.out().println("Schemas are synced, no changes to be made.");
      } else {
        context.out().print(PlanText.of(plan));
      }
    }
    context.out().flush();
    return 0;
  }
}
