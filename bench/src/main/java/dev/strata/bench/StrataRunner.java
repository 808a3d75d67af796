package dev.strata.bench;

import dev.strata.migrate.dir.DirFormat;
import dev.strata.migrate.dir.LocalDir;
import dev.strata.migrate.exec.ApplyListener;
import dev.strata.migrate.exec.ApplyOptions;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.migrate.exec.DirStatementReader;
import dev.strata.migrate.exec.MigrationExecutor;
import dev.strata.migrate.exec.StatusReader;
import dev.strata.migrate.exec.StatusResult;
import dev.strata.migrate.exec.TxMode;
import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Strata as a library user calls it (one {@link MigrationExecutor} or {@link StatusReader} per
 * call, the driver looked up through {@link DriverRegistry} each time), and the command lines that
 * run it as a whole process.
 */
final class StrataRunner {
  private StrataRunner() {}

  /** Applies every pending file of {@code dir}; returns how many ran. Throws the run's error. */
  static int apply(String url, Path dir, TxMode mode) {
    Driver driver = DriverRegistry.load().driverFor(url);
    ApplyResult r =
        new MigrationExecutor(
                driver,
                LocalDir.open(dir, DirFormat.ATLAS),
                new DirStatementReader(DirFormat.ATLAS, driver.dialect().lexOptions()),
                ApplyOptions.defaults().withTxMode(mode),
                ApplyListener.NONE,
                Clock.systemUTC())
            .apply();
    if (r.error() != null) {
      throw r.error();
    }
    return r.applied().size();
  }

  /** Returns the number of pending files {@code migrate status} reports. */
  static int pending(String url, Path dir) {
    Driver driver = DriverRegistry.load().driverFor(url);
    StatusResult s =
        new StatusReader(
                driver,
                LocalDir.open(dir, DirFormat.ATLAS),
                new DirStatementReader(DirFormat.ATLAS, driver.dialect().lexOptions()),
                null)
            .status();
    return s.pending().size();
  }

  /** Returns {@code strata migrate <command> -u url --dir file://dir [extra]} as arguments. */
  static List<String> cliArgs(String command, String url, Path dir, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("migrate", command, "-u", url, "--dir", "file://" + dir.toAbsolutePath()));
    args.addAll(List.of(extra));
    return args;
  }
}
