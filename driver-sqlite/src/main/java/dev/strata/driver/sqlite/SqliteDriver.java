package dev.strata.driver.sqlite;

import dev.strata.spi.CleanChecker;
import dev.strata.spi.Dialect;
import dev.strata.spi.Driver;
import dev.strata.spi.Locker;
import dev.strata.spi.RevisionDialect;
import dev.strata.url.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The SQLite driver bound to one URL: {@code sqlite://file.db} (relative to the working directory),
 * {@code sqlite:///abs/path.db}, or {@code sqlite://name?mode=memory} for a shared in-memory
 * database that lives while any of its connections is open. Always scoped to schema {@code main}.
 */
public final class SqliteDriver implements Driver {
  private final DatabaseUrl url;
  private final SqliteConnector connector;
  private final SqliteDialect dialect;
  private final SqliteLocker locker;
  private final SqliteCleanChecker cleanChecker;
  private final SqliteRevisionDialect revisionDialect;

  /** Returns a driver for {@code url}; opens no connection. */
  public SqliteDriver(DatabaseUrl url) {
    this.url = Objects.requireNonNull(url, "url");
    this.connector = new SqliteConnector(url);
    this.dialect = new SqliteDialect();
    this.locker = new SqliteLocker(url);
    this.cleanChecker = new SqliteCleanChecker();
    this.revisionDialect = new SqliteRevisionDialect();
  }

  @Override
  public DatabaseUrl url() {
    return url;
  }

  @Override
  public Connection connect() throws SQLException {
    return connector.open();
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
    return "SqliteDriver[" + url.redacted() + "]";
  }

  @Override
  public dev.strata.spi.Inspector inspector() {
    return new dev.strata.driver.sqlite.schema.SqliteInspector();
  }

  @Override
  public dev.strata.spi.DiffHooks diffHooks() {
    return new dev.strata.driver.sqlite.schema.SqliteDiffHooks();
  }

  @Override
  public dev.strata.spi.PlanWriter planWriter() {
    return new dev.strata.driver.sqlite.schema.SqlitePlanWriter();
  }
}
