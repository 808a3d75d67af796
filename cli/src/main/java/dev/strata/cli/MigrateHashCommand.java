package dev.strata.cli;

import dev.strata.migrate.dir.MigrationDir;
import dev.strata.migrate.dir.MigrationDirs;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strata migrate hash}: rewrites atlas.sum from the directory's files. */
@Command(
    name = "hash",
    mixinStandardHelpOptions = true,
    description = {
      "Re-creates atlas.sum, the integrity file of the migration directory.",
      "",
      "Run it after editing a migration file by hand, for example to fix a failed",
      "statement: 'strata migrate apply' then resumes at that statement.",
      "",
      "Example:",
      "  strata migrate hash --dir \"file://migrations\""
    })
public final class MigrateHashCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin DirOptions dirOptions;

  @Option(names = "--force", hidden = true, description = "Deprecated: has no effect.")
  boolean force;

  public MigrateHashCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (force) {
      context.err().println("Flag --force has been deprecated, you can safely omit it.");
    }
    MigrationDir dir = dirOptions.settings(context, "migrate.hash").dir(false);
    MigrationDirs.rehash(dir);
    return 0;
  }
}
