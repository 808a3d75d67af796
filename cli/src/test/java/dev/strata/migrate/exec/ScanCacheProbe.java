package dev.strata.migrate.exec;

/** Lets the CLI's tests see whether apply and status reused a directory scan. */
public final class ScanCacheProbe {
  private ScanCacheProbe() {}

  /** Returns how many scans this JVM's cache has served so far. */
  public static long hits() {
    return ScanCache.SHARED.hits();
  }
}
