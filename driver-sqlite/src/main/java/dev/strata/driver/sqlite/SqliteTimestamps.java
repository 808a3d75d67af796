package dev.strata.driver.sqlite;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes and reads {@code executed_at} as text the way go-sqlite3 (Atlas) does: written as Go's
 * {@code 2006-01-02 15:04:05.999999999-07:00} (fraction without trailing zeros), read in any of the
 * layouts go-sqlite3 accepts, or as Unix seconds.
 */
final class SqliteTimestamps {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Pattern TEXT =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9})\\d*)?)?)?"
              + "(Z|[+-]\\d{2}:\\d{2})?");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private SqliteTimestamps() {}

  /** Returns {@code at} in UTC as {@code 2024-01-16 10:00:00.123456789+00:00}. */
  static String format(Instant at) {
    StringBuilder b = new StringBuilder(SECONDS.format(at.atOffset(ZoneOffset.UTC)));
    int nanos = at.getNano();
    if (nanos != 0) {
      String fraction = String.format(Locale.ROOT, "%09d", nanos);
      int end = fraction.length();
      while (fraction.charAt(end - 1) == '0') {
        end--;
      }
      b.append('.').append(fraction, 0, end);
    }
    return b.append("+00:00").toString();
  }

  /**
   * Returns the instant {@code text} names; a time without an offset is UTC, as go-sqlite3 reads
   * it.
   *
   * @throws IllegalArgumentException when the text is in no known layout
   */
  static Instant parse(String text) {
    String s = text.strip();
    if (NUMBER.matcher(s).matches()) {
      BigDecimal seconds = new BigDecimal(s);
      return Instant.ofEpochSecond(
          seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
    }
    Matcher m = TEXT.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException("unknown time layout: " + text);
    }
    LocalDate date = LocalDate.parse(m.group(1));
    LocalTime time = LocalTime.MIDNIGHT;
    if (m.group(2) != null) {
      int nanos = 0;
      if (m.group(5) != null) {
        nanos = Integer.parseInt((m.group(5) + "00000000").substring(0, 9));
      }
      time =
          LocalTime.of(
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
              nanos);
    }
    String offset = m.group(6);
    ZoneOffset zone = offset == null || offset.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(offset);
    return date.atTime(time).toInstant(zone);
  }
}
