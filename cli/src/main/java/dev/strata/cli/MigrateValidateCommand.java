package dev.strata.cli;

import dev.strata.error.StrataException;
import dev.strata.migrate.dir.ChecksumValidator;
import dev.strata.migrate.dir.MigrationDir;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code strata migrate validate}: checks the directory's integrity against atlas.sum. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates the migration directory against atlas.sum.",
      "",
      "Every file must match its atlas.sum entry; prints nothing when the directory is intact.",
      "",
      "Example:",
      "  strata migrate validate --dir \"file://migrations\""
    })
public final class MigrateValidateCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin DirOptions dirOptions;

  public MigrateValidateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    MigrationDir dir = dirOptions.settings(context, "migrate.validate").dir(false);
    try {
      ChecksumValidator.validate(dir);
    } catch (StrataException e) {
      Checksums.explainIfChecksum(context, e);
      throw e;
    }
    return 0;
  }
}
