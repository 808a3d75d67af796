package dev.strata.driver.postgres;

import dev.strata.spi.CleanChecker;
import dev.strata.spi.Dialect;
import dev.strata.spi.Driver;
import dev.strata.spi.Locker;
import dev.strata.spi.RevisionDialect;
import dev.strata.url.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;

/**
 * The PostgreSQL driver bound to one URL. The URL's path names the database; {@code search_path}
 * makes it schema-scoped, otherwise it is realm-scoped (every schema of the database). Versions
 * before 10 are refused, as Atlas does.
 */
public final class PostgresDriver implements Driver {
  private final DatabaseUrl url;
  private final PostgresConnector connector;
  private final PostgresDialect dialect;
  private final PostgresLocker locker;
  private final PostgresCleanChecker cleanChecker;
  private final PostgresRevisionDialect revisionDialect;
  // The server's major version, learnt from the first connection (pgjdbc reads it from the
  // start-up parameters, so no round trip); 0 until then. The dialect needs it for ALTER TYPE.
  private volatile int serverMajorVersion;

  /** Returns a driver for {@code url}; opens no connection. */
  public PostgresDriver(DatabaseUrl url) {
    this.url = Objects.requireNonNull(url, "url");
    this.connector = new PostgresConnector(url);
    this.dialect = new PostgresDialect(() -> serverMajorVersion);
    this.locker = new PostgresLocker(this);
    this.cleanChecker = new PostgresCleanChecker(url.schema().orElse(null));
    this.revisionDialect = new PostgresRevisionDialect();
  }

  @Override
  public DatabaseUrl url() {
    return url;
  }

  @Override
  public Connection connect() throws SQLException {
    Connection c = connector.open();
    try {
      int major = c.getMetaData().getDatabaseMajorVersion();
      if (major < 10) {
        throw new SQLFeatureNotSupportedException(
            "postgres: unsupported postgres version: "
                + c.getMetaData().getDatabaseProductVersion());
      }
      serverMajorVersion = major;
      return c;
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** Returns the server's major version seen by the last connection, or 0 before any. */
  public int serverMajorVersion() {
    return serverMajorVersion;
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public Locker locker() {
    return locker;
  }

  @Override
  public CleanChecker cleanChecker() {
    return cleanChecker;
  }

  @Override
  public RevisionDialect revisionDialect() {
    return revisionDialect;
  }

  @Override
  public String toString() {
    return "PostgresDriver[" + url.redacted() + "]";
  }

  @Override
  public dev.strata.spi.Inspector inspector() {
    return new dev.strata.driver.postgres.schema.PostgresInspector(url.schema().orElse(null));
  }

  @Override
  public dev.strata.spi.DiffHooks diffHooks() {
    return new dev.strata.driver.postgres.schema.PostgresDiffHooks();
  }

  @Override
  public dev.strata.spi.PlanWriter planWriter() {
    return new dev.strata.driver.postgres.schema.PostgresPlanWriter();
  }
}
