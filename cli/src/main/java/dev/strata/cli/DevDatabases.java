package dev.strata.cli;

import dev.strata.devdb.DevDatabase;
import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.spi.DriverRegistry;
import java.util.function.Supplier;

/**
 * Opens the dev database on first use and closes (and restores) it at the end of a command.
 * Without a dev URL, using it fails with Atlas's message.
 */
final class DevDatabases implements Supplier<DevDatabase>, AutoCloseable {
  private final String url;
  private DevDatabase dev;

  DevDatabases(String url) {
    this.url = url;
  }

  @Override
  public DevDatabase get() {
    if (dev == null) {
      if (url == null || url.isEmpty()) {
        throw new StrataException(
            ErrorCode.USAGE,
            "--dev-url cannot be empty. See: https://atlasgo.io/atlas-schema/sql#dev-database");
      }
      dev = DevDatabase.open(DriverRegistry.load().driverFor(url));
    }
    return dev;
  }

  @Override
  public void close() {
    if (dev != null) {
      dev.close();
    }
  }
}
