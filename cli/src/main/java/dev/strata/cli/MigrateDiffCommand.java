package dev.strata.cli;

import dev.strata.cli.render.MigrationFiles;
import dev.strata.devdb.DevDatabase;
import dev.strata.devdb.StateDiff;
import dev.strata.devdb.StateLoader;
import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.ChecksumValidator;
import dev.strata.migrate.dir.MigrationDir;
import dev.strata.migrate.dir.MigrationDirs;
import dev.strata.migrate.dir.NewFile;
import dev.strata.migrate.exec.DirStatementReader;
import dev.strata.model.change.SchemaChange;
import dev.strata.plan.PlanOptions;
import dev.strata.plan.PlannedStatement;
import dev.strata.plan.Planner;
import dev.strata.spi.Driver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code strata migrate diff [name]}: writes a new migration file from a desired state. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the difference between the directory and a desired state as a new migration file.",
      "",
      "The directory is replayed on --dev-url and compared with the desired state at --to;",
      "atlas.sum is rewritten.",
      "",
      "Example:",
      "  strata migrate diff add_users --to \"file://schema.sql\" --dev-url \"sqlite://dev?mode=memory\""
    })
public final class MigrateDiffCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin DirOptions dirOptions;

  @Parameters(arity = "0..1", paramLabel = "name", description = "The name of the new file.")
  String name;

  @Option(names = "--to", split = ",", paramLabel = "<url>", description = "The desired state.")
  List<String> to = new ArrayList<>();

  @Option(names = "--dev-url", paramLabel = "<url>", description = "An empty database to replay the directory and the desired state on.")
  String devUrl;

  @Option(names = {"-s", "--schema"}, split = ",", paramLabel = "<schema>", description = "Only these schemas.")
  List<String> schemas = new ArrayList<>();

  @Option(names = "--qualifier", paramLabel = "<schema>", description = "Qualify tables with this schema name.")
  String qualifier;

  @Option(names = {"--format", "--log"}, paramLabel = "<template>", description = "'{{ sql . \"  \" }}' to indent CREATE TABLE bodies.")
  String format;

  @Option(names = "--lock-timeout", paramLabel = "<duration>", description = "Accepted for Atlas compatibility (default: 10s).")
  String lockTimeout;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  public MigrateDiffCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Settings s = dirOptions.settings(context, "migrate.diff");
    String dev = s.value("dev", devUrl, null);
    if (dev == null) {
      throw new StrataException(ErrorCode.USAGE, "required flag(s) \"dev-url\" not set");
    }
    List<String> desiredUrls = to.isEmpty() ? s.env().map(e -> e.src()).orElse(List.of()) : to;
    if (desiredUrls.isEmpty()) {
      throw new StrataException(ErrorCode.USAGE, "required flag(s) \"to\" not set");
    }
    MigrationDir dir = s.dir(true);
    try {
      ChecksumValidator.validate(dir);
    } catch (StrataException e) {
      Checksums.explainIfChecksum(context, e);
      throw e;
    }
    try (DevDatabases devs = new DevDatabases(dev)) {
      DevDatabase db = devs.get();
      Driver driver = db.driver();
      StateLoader.State current =
          new StateLoader.State(
              db.replayFiles(dir.files(), new DirStatementReader(dir.format(), driver.dialect().lexOptions())),
              driver.url().schema(),
              driver);
      StateLoader.State desired =
          SchemaSupport.only(SchemaSupport.loader(context, devs).load(desiredUrls, "to", List.of()), schemas);
      List<SchemaChange> up = StateDiff.changes(current, desired, driver.diffHooks());
      if (up.isEmpty()) {
        context.out().println("The migration directory is synced with the desired state, no changes to be made");
        return 0;
      }
      PlanOptions options =
          new PlanOptions(StateDiff.qualified(current) || qualifier != null, qualifier, indent());
      List<PlannedStatement> plan = Planner.plan(up, driver.planWriter(), options);
      List<PlannedStatement> down =
          Planner.plan(StateDiff.changes(desired, current, driver.diffHooks()), driver.planWriter(), options);
      for (NewFile f : MigrationFiles.of(dir.format(), name, Clock.systemUTC(), plan, down)) {
        dir.writeFile(f.name(), f.bytes());
      }
      MigrationDirs.rehash(dir);
    }
    return 0;
  }

  private String indent() {
    if (format == null) {
      return "  ";
    }
    int q = format.indexOf('"');
    int end = q < 0 ? -1 : format.indexOf('"', q + 1);
    return end > q ? format.substring(q + 1, end) : "  ";
  }
}
