package dev.strata.cli.render;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Formats durations the way Go's {@code time.Duration.String()} does ({@code 960.465µs},
 * {@code 6.895124ms}, {@code 1.2s}, {@code 1m2.5s}), because Atlas's output shows them so.
 */
public final class GoDuration {
  private GoDuration() {}

  /** Returns {@code d} in Go's notation; {@code 0s} for zero. */
  public static String format(Duration d) {
    long nanos = d.toNanos();
    if (nanos == 0) {
      return "0s";
    }
    String sign = nanos < 0 ? "-" : "";
    long n = Math.abs(nanos);
    if (n < 1_000L) {
      return sign + n + "ns";
    }
    if (n < 1_000_000L) {
      return sign + decimal(n, 3) + "µs";
    }
    if (n < 1_000_000_000L) {
      return sign + decimal(n, 6) + "ms";
    }
    long totalSeconds = n / 1_000_000_000L;
    long fracNanos = n % 1_000_000_000L;
    long hours = totalSeconds / 3600;
    long minutes = (totalSeconds % 3600) / 60;
    long seconds = totalSeconds % 60;
    StringBuilder b = new StringBuilder(sign);
    if (hours > 0) {
      b.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      b.append(minutes).append('m');
    }
    b.append(decimal(seconds * 1_000_000_000L + fracNanos, 9)).append('s');
    return b.toString();
  }

  private static String decimal(long value, int scale) {
    return BigDecimal.valueOf(value, scale).stripTrailingZeros().toPlainString();
  }
}
