package dev.strata.driver.sqlite;

import dev.strata.spi.Driver;
import dev.strata.spi.DriverProvider;
import dev.strata.url.DatabaseUrl;

/** Provides {@link SqliteDriver} for {@code sqlite://} and {@code sqlite3://} URLs. */
public final class SqliteDriverProvider implements DriverProvider {
  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public SqliteDriverProvider() {}

  @Override
  public boolean supports(DatabaseUrl url) {
    return url.engine() == DatabaseUrl.Engine.SQLITE;
  }

  @Override
  public Driver create(DatabaseUrl url) {
    return new SqliteDriver(url);
  }
}
