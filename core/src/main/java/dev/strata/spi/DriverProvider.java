package dev.strata.spi;

import dev.strata.url.DatabaseUrl;

/**
 * Creates drivers for the URL engines it supports. Registered in
 * {@code META-INF/services/dev.strata.spi.DriverProvider} of each driver module.
 */
public interface DriverProvider {
  /** Returns true when this provider handles the URL's engine. */
  boolean supports(DatabaseUrl url);

  /** Returns a driver bound to {@code url}; opens no connection yet. */
  Driver create(DatabaseUrl url);
}
