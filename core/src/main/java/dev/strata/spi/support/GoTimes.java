package dev.strata.spi.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes instants in UTC the way Go's {@code time.Format} writes a layout ending in {@code
 * 05.999999999}: the fraction of a second without trailing zeros, and none when it is zero.
 */
public final class GoTimes {
  private static final DateTimeFormatter DATE_T =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final DateTimeFormatter DATE_SPACE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private GoTimes() {}

  /** Returns {@code t} as RFC3339Nano ({@code 2006-01-02T15:04:05.999999999Z07:00}) in UTC. */
  public static String rfc3339Nano(Instant t) {
    return format(t, DATE_T, "Z");
  }

  /** Returns {@code t} as {@code 2006-01-02 15:04:05.999999999-07:00} in UTC: {@code +00:00}. */
  public static String spaced(Instant t) {
    return format(t, DATE_SPACE, "+00:00");
  }

  private static String format(Instant t, DateTimeFormatter seconds, String zone) {
    StringBuilder b = new StringBuilder(seconds.format(t.atOffset(ZoneOffset.UTC)));
    int nanos = t.getNano();
    if (nanos != 0) {
      String fraction = String.format(Locale.ROOT, "%09d", nanos);
      int end = fraction.length();
      while (fraction.charAt(end - 1) == '0') {
        end--;
      }
      b.append('.').append(fraction, 0, end);
    }
    return b.append(zone).toString();
  }
}
