package dev.strata.cli;

import dev.strata.cli.render.FormatTemplate;
import dev.strata.cli.render.StatusReport;
import dev.strata.error.StrataException;
import dev.strata.migrate.exec.StatusReader;
import dev.strata.migrate.exec.StatusResult;
import dev.strata.spi.Driver;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code strata migrate status}: shows which files are applied and what is pending. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Get information about the current migration status.",
      "",
      "When the last attempt failed, shows the failing statement and error, what kind of",
      "failure it was and how to resume.",
      "",
      "Example:",
      "  strata migrate status -u \"sqlite://app.db\" --dir \"file://migrations\""
    })
public final class MigrateStatusCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin CommonOptions common;

  public MigrateStatusCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Settings s = common.settings(context, "migrate.status");
    Driver driver = s.driver();
    StatusResult status;
    try {
      status =
          new StatusReader(driver, s.dir(false), s.statementReader(driver), s.revisionsSchema()).status();
    } catch (StrataException e) {
      Checksums.explainIfChecksum(context, e);
      throw e;
    }
    String format = s.format();
    if (format != null) {
      context.out().println(FormatTemplate.parse(format).render(StatusReport.json(driver, s.dirDisplay(), status)));
    } else {
      StatusReport.print(context.out(), status, s.dirDisplay());
    }
    context.out().flush();
    return 0;
  }
}
