package dev.strata.cli;

import dev.strata.cli.render.Json;
import dev.strata.cli.render.PlanText;
import dev.strata.devdb.StateDiff;
import dev.strata.devdb.StateLoader;
import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.plan.PlanApplier;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import dev.strata.plan.Planner;
import dev.strata.spi.Driver;
import dev.strata.url.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strata schema apply}: changes a database to a desired state, after confirmation. */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
      "Apply the difference between the database at --url and the desired state at --to.",
      "",
      "Prints the planned SQL and asks 'Are you sure?' (answer Apply or Abort on standard",
      "input) unless --auto-approve or --dry-run is given. The revision table",
      "atlas_schema_revisions is never planned for.",
      "",
      "Example:",
      "  strata schema apply -u \"sqlite://app.db\" --to \"file://migrations?version=2\" \\",
      "    --dev-url \"sqlite://dev?mode=memory\""
    })
public final class SchemaApplyCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = {"-u", "--url"}, paramLabel = "<url>", description = "The database to change.")
  String url;

  @Option(names = "--to", split = ",", paramLabel = "<url>", description = "The desired state.")
  List<String> to = new ArrayList<>();

  @Option(names = "--dev-url", paramLabel = "<url>", description = "An empty database to replay directories and SQL files on.")
  String devUrl;

  @Option(names = {"-s", "--schema"}, split = ",", paramLabel = "<schema>", description = "Only these schemas.")
  List<String> schemas = new ArrayList<>();

  @Option(names = "--exclude", split = ",", paramLabel = "<glob>", description = "Leave out matching objects.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--dry-run", description = "Print the plan without applying it.")
  boolean dryRun;

  @Option(names = "--auto-approve", description = "Apply without asking.")
  boolean autoApprove;

  @Option(names = "--tx-mode", paramLabel = "<mode>", description = "none or file (default: file, the whole plan in one transaction).")
  String txMode = "file";

  @Option(names = {"--format", "--log"}, paramLabel = "<template>", description = "'{{ json . }}', with --dry-run or --auto-approve.")
  String format;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  public SchemaApplyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws SQLException {
    Settings s = new Settings(context, spec, null, null, "schema.apply");
    String target = s.value("url", url, null);
    if (target == null) {
      throw new StrataException(ErrorCode.USAGE, "required flag(s) \"url\" not set");
    }
    if (target.startsWith("file://")) {
      throw new StrataException(ErrorCode.USAGE, "--url must be a database connection");
    }
    List<String> desiredUrls = to.isEmpty() ? s.env().map(e -> e.src()).orElse(List.of()) : to;
    if (desiredUrls.isEmpty()) {
      throw new StrataException(ErrorCode.USAGE, "one of flag(s) \"file\" or \"to\" is required");
    }
    if (dryRun && autoApprove) {
      throw new StrataException(ErrorCode.USAGE, "--dry-run and --auto-approve are mutually exclusive");
    }
    if (format != null && !dryRun && !autoApprove) {
      throw new StrataException(ErrorCode.USAGE, "--log and --format can only be used with --dry-run or --auto-approve");
    }
    if (!txMode.equals("none") && !txMode.equals("file")) {
      throw new StrataException(ErrorCode.USAGE, "unknown tx-mode \"" + txMode + "\"");
    }
    try (DevDatabases dev = new DevDatabases(s.value("dev", devUrl, null))) {
      StateLoader loader = SchemaSupport.loader(context, dev);
      StateLoader.State current = SchemaSupport.only(loader.inspect(DatabaseUrl.parse(target), exclude), schemas);
      StateLoader.State desired = SchemaSupport.only(loader.load(desiredUrls, "to", exclude), schemas);
      Driver driver = current.driver();
      List<PlannedStatement> plan =
          Planner.plan(
              StateDiff.changes(current, desired, driver.diffHooks()),
              driver.planWriter(),
              new PlanOptions(StateDiff.qualified(current), null, "  "));
      if (plan.isEmpty()) {
        if (format != null) {
          context.out().println("{}");
        } else {
          context.out().println("Schema is synced, no changes to be made");
        }
        return 0;
      }
      if (format == null) {
        context.out().println("-- Planned Changes:");
        context.out().print(PlanText.of(plan));
        context.out().flush();
      }
      if (dryRun) {
        if (format != null) {
          context.out().println(Json.write(Map.of("Pending", sqls(plan))));
        }
        return 0;
      }
      if (!autoApprove && !SchemaSupport.confirm(context)) {
        context.out().println();
        context.out().println("Aborted: nothing was applied.");
        return 0;
      }
      try (Connection c = driver.connect()) {
        PlanApplier.Result r = PlanApplier.apply(c, plan, driver.dialect(), txMode.equals("file"));
        if (format != null) {
          Map<String, Object> changes = new LinkedHashMap<>();
          changes.put("Applied", sqls(r.applied()));
          if (r.error() != null) {
            changes.put("Error", Map.of("Stmt", r.error().statement(), "Text", r.error().databaseError()));
          }
          context.out().println(Json.write(Map.of("Changes", changes)));
        }
        if (r.error() != null) {
          throw new StrataException(
              ErrorCode.STATEMENT_FAILED,
              "executing statement \"" + r.error().statement() + "\": " + r.error().databaseError(),
              r.error());
        }
      }
    }
    context.out().flush();
    return 0;
  }

  private static List<String> sqls(List<PlannedStatement> plan) {
    List<String> out = new ArrayList<>();
    for (PlannedStatement p : plan) {
      out.add(p.sql());
    }
    return out;
  }
}
