package dev.strata.cli;

import dev.strata.cli.render.ApplyJson;
import dev.strata.cli.render.ApplyReport;
import dev.strata.cli.render.FailureAdvice;
import dev.strata.cli.render.FormatTemplate;
import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.MigrationDir;
import dev.strata.migrate.exec.ApplyListener;
import dev.strata.migrate.exec.ApplyOptions;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.migrate.exec.ExecOrder;
import dev.strata.migrate.exec.MigrationExecutor;
import dev.strata.migrate.exec.TxMode;
import dev.strata.spi.Driver;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code strata migrate apply [amount]}: applies pending migration files. */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
      "Applies pending migration files on the connected database.",
      "",
      "Every statement is recorded in atlas_schema_revisions. A file that fails half-way",
      "resumes at the failed statement once it is fixed and 'strata migrate hash' is run;",
      "an applied statement is never run twice.",
      "",
      "Examples:",
      "  strata migrate apply -u \"sqlite://app.db\" --dir \"file://migrations\"",
      "  strata migrate apply 1 -u \"postgres://user:pass@localhost:5432/db?sslmode=disable\"",
      "  strata migrate apply --env local --tx-mode none"
    })
public final class MigrateApplyCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin CommonOptions common;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "amount",
      description = "The most migration files to apply (default: all pending).")
  String amount;

  @Option(names = "--dry-run", description = "Print the SQL statements without executing them.")
  boolean dryRun;

  @Option(
      names = "--lock-timeout",
      paramLabel = "<duration>",
      description = "How long to wait for the migration lock (default: 10s).")
  String lockTimeout;

  @Option(
      names = "--baseline",
      paramLabel = "<version>",
      description = "Start the first migration after the given baseline version.")
  String baseline;

  @Option(
      names = "--tx-mode",
      paramLabel = "<mode>",
      description = "Set the transaction mode: none, file or all (default: file).")
  String txMode;

  @Option(
      names = "--exec-order",
      paramLabel = "<order>",
      description = "Set the files execution order: linear, linear-skip or non-linear (default: linear).")
  String execOrder;

  @Option(
      names = "--allow-dirty",
      description = "Allow starting a new migration history on a non-clean database.")
  boolean allowDirty;

  @Option(
      names = "--to-version",
      paramLabel = "<version>",
      description = "Apply migrations up to and including the given version.")
  String toVersion;

  public MigrateApplyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Settings s = common.settings(context, "migrate.apply");
    int n = parseAmount();
    if (n > 0 && toVersion != null && !toVersion.isEmpty()) {
      throw new StrataException(ErrorCode.USAGE, "--to-version and amount are mutually exclusive");
    }
    TxMode mode = TxMode.parse(txMode == null ? "file" : txMode);
    ExecOrder order = ExecOrder.parse(s.value("exec-order", execOrder, "linear"));
    ApplyOptions options =
        ApplyOptions.defaults()
            .withAmount(n)
            .withTxMode(mode)
            .withExecOrder(order)
            .withBaseline(s.value("baseline", baseline, null))
            .withAllowDirty(allowDirty)
            .withToVersion(toVersion)
            .withDryRun(dryRun)
            .withLockTimeout(
                GoDurationParser.parse("lock-timeout", s.value("lock-timeout", lockTimeout, "10s")))
            .withRevisionsSchema(s.revisionsSchema())
            .withOperatorVersion(StrataVersion.operator());
    Driver driver = s.driver();
    MigrationDir dir = s.dir(false);
    String format = s.format();
    ApplyReport report = format == null ? new ApplyReport(context.out()) : null;
    ApplyListener listener = report == null ? ApplyListener.NONE : report;
    ApplyResult result;
    try {
      result =
          new MigrationExecutor(driver, dir, s.statementReader(driver), options, listener, Clock.systemUTC())
              .apply();
    } catch (StrataException e) {
      Checksums.explainIfChecksum(context, e);
      throw e;
    }
    if (format != null) {
      context.out().println(FormatTemplate.parse(format).render(ApplyJson.of(driver, s.dirDisplay(), result)));
      context.out().flush();
      return result.error() == null ? 0 : 1;
    }
    report.finish(result);
    if (result.error() != null) {
      FailureAdvice.print(context.out(), result);
      throw result.error();
    }
    return 0;
  }

  private int parseAmount() {
    if (amount == null) {
      return 0;
    }
    int n;
    try {
      n = Integer.parseInt(amount);
    } catch (NumberFormatException e) {
      throw new StrataException(
          ErrorCode.USAGE,
          "invalid amount argument \""
              + amount
              + "\" (invalid syntax). Omit the argument or pass a valid integer instead");
    }
    if (n <= 0) {
      throw new StrataException(ErrorCode.USAGE, "cannot apply '" + amount + "' migration files");
    }
    return n;
  }
}
