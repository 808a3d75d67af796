package dev.strata.bench;

import java.nio.file.Path;

final class RoundTrips {
  private RoundTrips() {}

  static void run(BenchDatabase engine, Workload work, Path scratch, boolean others) {
    throw new UnsupportedOperationException();
  }
}
