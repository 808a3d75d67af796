package dev.strata.cli;

import dev.strata.cli.render.PlanText;
import dev.strata.diff.Differ;
import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.model.change.SchemaChange;
import dev.strata.plan.PlanApplier;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import dev.strata.plan.Planner;
import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.url.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strata schema clean}: drops every object in the URL's scope, after confirmation. */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
      "Drop every object in the URL's scope, after asking.",
      "",
      "Drops everything in the connected schema (schema URL) or every schema (realm URL),",
      "the revision table included. Prints the plan and asks first unless --auto-approve.",
      "",
      "Example:",
      "  strata schema clean -u \"mysql://root:pass@localhost:3306/dev\" --auto-approve"
    })
public final class SchemaCleanCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = {"-u", "--url"}, paramLabel = "<url>", description = "The database to clean.")
  String url;

  @Option(names = "--auto-approve", description = "Drop without asking.")
  boolean autoApprove;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  public SchemaCleanCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws SQLException {
    Settings s = new Settings(context, spec, null, null, "schema.clean");
    String target = s.value("url", url, null);
    if (target == null) {
      throw new StrataException(ErrorCode.USAGE, "required flag(s) \"url\" not set");
    }
    DatabaseUrl u = DatabaseUrl.parse(target);
    Driver driver = DriverRegistry.load().driverFor(u);
    try (Connection c = driver.connect()) {
      Optional<String> schema = u.schema();
      Realm realm = driver.inspector().inspect(c, schema.map(List::of).orElse(List.of()));
      List<SchemaChange> changes;
      if (schema.isPresent()) {
        Schema current = realm.schema(schema.get()).orElse(Schema.empty(schema.get()));
        changes = Differ.diffSchemas(current, Schema.empty(schema.get()).withTables(List.of()), driver.diffHooks(), schema.get());
        changes.removeIf(ch -> ch instanceof SchemaChange.ModifySchema);
      } else {
        changes = Differ.diff(realm, new Realm(List.of()), driver.diffHooks());
      }
      List<PlannedStatement> plan =
          Planner.plan(changes, driver.planWriter(), new PlanOptions(schema.isEmpty(), null, "  "));
      if (plan.isEmpty()) {
        context.out().println("Nothing to drop");
        return 0;
      }
      context.out().println("-- Planned Changes:");
      context.out().print(PlanText.of(plan));
      context.out().flush();
      if (!autoApprove && !SchemaSupport.confirm(context)) {
        context.out().println();
        context.out().println("Aborted: nothing was dropped.");
        return 0;
      }
      PlanApplier.Result r = PlanApplier.apply(c, plan, driver.dialect(), false);
      if (r.error() != null) {
        throw new StrataException(ErrorCode.STATEMENT_FAILED, r.error().getMessage(), r.error());
      }
    }
    context.out().flush();
    return 0;
  }
}
