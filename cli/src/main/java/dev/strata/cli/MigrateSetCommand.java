package dev.strata.cli;

import dev.strata.cli.render.SetReport;
import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.exec.RevisionSetter;
import dev.strata.migrate.exec.SetResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code strata migrate set [version]}: edits the revision table to match a version. */
@Command(
    name = "set",
    mixinStandardHelpOptions = true,
    description = {
      "Set the current version of the migration history table.",
      "",
      "Marks every file up to the version as applied without running it, removes the",
      "revisions after it, and resolves a failed revision of the version itself. Without",
      "a version, sets the last file of the directory.",
      "",
      "Example:",
      "  strata migrate set 20220318104614 -u \"sqlite://app.db\""
    })
public final class MigrateSetCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin CommonOptions common;

  @Parameters(arity = "0..*", paramLabel = "version", description = "The version to set.")
  List<String> versions = new ArrayList<>();

  public MigrateSetCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (versions.size() > 1) {
      throw new StrataException(
          ErrorCode.USAGE, "accepts 1 arg(s), received " + versions.size());
    }
    Settings s = common.settings(context, "migrate.set");
    SetResult result;
    try {
      result =
          new RevisionSetter(
                  s.driver(), s.dir(false), s.revisionsSchema(), StrataVersion.operator(), Clock.systemUTC())
              .set(versions.isEmpty() ? null : versions.get(0));
    } catch (StrataException e) {
      Checksums.explainIfChecksum(context, e);
      throw e;
    }
    SetReport.print(context.out(), result);
    context.out().flush();
    return 0;
  }
}
