package dev.strata.driver.mysql;

import dev.strata.spi.Driver;
import dev.strata.spi.DriverProvider;
import dev.strata.url.DatabaseUrl;

/** Provides {@link MysqlDriver} for {@code mysql://}, {@code maria://} and {@code mariadb://}. */
public final class MysqlDriverProvider implements DriverProvider {
  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public MysqlDriverProvider() {}

  @Override
  public boolean supports(DatabaseUrl url) {
    return url.engine() == DatabaseUrl.Engine.MYSQL || url.engine() == DatabaseUrl.Engine.MARIADB;
  }

  @Override
  public Driver create(DatabaseUrl url) {
    return new MysqlDriver(url);
  }
}
