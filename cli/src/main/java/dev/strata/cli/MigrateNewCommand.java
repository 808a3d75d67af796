package dev.strata.cli;

import dev.strata.error.StrataException;
import dev.strata.migrate.dir.MigrationDir;
import dev.strata.migrate.dir.MigrationDirs;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code strata migrate new [name]}: creates an empty migration file and re-hashes. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Creates a new empty migration file and rewrites atlas.sum.",
      "",
      "The file is named <UTC timestamp>[_name].sql, or as the directory's format names its files.",
      "",
      "Example:",
      "  strata migrate new add_users --dir \"file://migrations\""
    })
public final class MigrateNewCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin DirOptions dirOptions;

  @Parameters(arity = "0..1", paramLabel = "name", description = "The name of the new file.")
  String name;

  public MigrateNewCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Settings s = dirOptions.settings(context, "migrate.new");
    MigrationDir dir = s.dir(true);
    try {
      MigrationDirs.newMigration(dir, name, Clock.systemUTC());
    } catch (StrataException e) {
      Checksums.explainIfChecksum(context, e);
      throw e;
    }
    return 0;
  }
}
