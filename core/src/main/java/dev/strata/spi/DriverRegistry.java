package dev.strata.spi;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.url.DatabaseUrl;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds the driver for a URL among the {@link DriverProvider}s on the class path. The core never
 * names a driver class: drivers register themselves with {@link ServiceLoader}.
 */
public final class DriverRegistry {
  private final List<DriverProvider> providers;

  private DriverRegistry(List<DriverProvider> providers) {
    this.providers = List.copyOf(providers);
  }

  /**
   * Returns a registry of the providers visible to this class's class loader. The class path does
   * not change while the loader lives, so the scan (a few milliseconds of jar-index reading, on
   * every call of a library user's apply) is made once.
   */
  public static DriverRegistry load() {
    return Loaded.REGISTRY;
  }

  // Initialised on first use, by the JVM's class-initialisation lock: thread-safe, no volatile.
  private static final class Loaded {
    static final DriverRegistry REGISTRY =
        new DriverRegistry(
            ServiceLoader.load(DriverProvider.class, DriverRegistry.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toList()));
  }

  /** Returns a registry of exactly {@code providers}, for tests and embedders. */
  public static DriverRegistry of(List<DriverProvider> providers) {
    return new DriverRegistry(providers);
  }

  /**
   * Returns a driver for {@code url}.
   *
   * @throws StrataException when no provider on the class path supports the URL's engine
   */
  public Driver driverFor(DatabaseUrl url) {
    for (DriverProvider p : providers) {
      if (p.supports(url)) {
        return p.create(url);
      }
    }
    throw new StrataException(
        ErrorCode.BAD_URL,
        "sql/sqlclient: no driver for \"" + url.scheme() + "\" on the class path. See: https://atlasgo.io/url");
  }

  /** Parses {@code url} and returns its driver. */
  public Driver driverFor(String url) {
    return driverFor(DatabaseUrl.parse(url));
  }
}
