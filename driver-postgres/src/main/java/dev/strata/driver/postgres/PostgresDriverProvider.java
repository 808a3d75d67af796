package dev.strata.driver.postgres;

import dev.strata.spi.Driver;
import dev.strata.spi.DriverProvider;
import dev.strata.url.DatabaseUrl;

/** Provides {@link PostgresDriver} for {@code postgres://} and {@code postgresql://} URLs. */
public final class PostgresDriverProvider implements DriverProvider {
  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public PostgresDriverProvider() {}

  @Override
  public boolean supports(DatabaseUrl url) {
    return url.engine() == DatabaseUrl.Engine.POSTGRES;
  }

  @Override
  public Driver create(DatabaseUrl url) {
    return new PostgresDriver(url);
  }
}
