package dev.strata.migrate.exec;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.spi.Driver;
import dev.strata.url.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;

/** Opens connections with errors that name the server and hide the password. */
public final class Connections {
  private Connections() {}

  /**
   * Returns a new connection of {@code driver}.
   *
   * @throws StrataException with {@link ErrorCode#CONNECTION}: {@code connecting to
   *     <host:port>: <the driver's text>}
   */
  public static Connection open(Driver driver) {
    try {
      return driver.connect();
    } catch (SQLException e) {
      throw new StrataException(
          ErrorCode.CONNECTION,
          "connecting to " + where(driver.url()) + ": " + driver.url().mask(driver.dialect().describe(e)),
          e);
    }
  }

  /** Returns the failure of a statement that is not a migration's, in the driver's words. */
  public static StrataException failure(Driver driver, SQLException e) {
    return new StrataException(ErrorCode.CONNECTION, driver.url().mask(driver.dialect().describe(e)), e);
  }

  private static String where(DatabaseUrl u) {
    if (u.engine() == DatabaseUrl.Engine.SQLITE) {
      return u.path();
    }
    return u.port() >= 0 ? u.host() + ":" + u.port() : u.host();
  }
}
