package dev.strata.driver.sqlite;

import dev.strata.spi.support.GoTimes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes and reads {@code executed_at} as text the way go-sqlite3 (Atlas) does: written as Go's
 * {@code 2006-01-02 15:04:05.999999999-07:00} (fraction without trailing zeros), read in any of the
 * layouts go-sqlite3 accepts, or as Unix seconds.
 */
final class SqliteTimestamps {
  private static final Pattern TEXT =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9})\\d*)?)?)?"
              + "(Z|[+-]\\d{2}:\\d{2})?");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private SqliteTimestamps() {}

  /** Returns {@code at} in UTC as {@code 2024-01-16 10:00:00.123456789+00:00}. */
  static String format(Instant at) {
    return GoTimes.spaced(at);
  }

  /**
   * Returns the instant {@code text} names; a time without an offset is UTC, as go-sqlite3 reads
   * it.
   *
   * @throws IllegalArgumentException when the text is in no known layout
   */
  static Instant parse(String text) {
    Instant usual = parseUsual(text);
    return usual != null ? usual : parseGeneral(text);
  }

  /** The general path of {@link #parse}: every layout go-sqlite3 reads. */
  static Instant parseGeneral(String text) {
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

  /**
   * Returns the instant of text in the layout Strata and Atlas write ({@code 2024-01-16
   * 10:00:00[.fraction](+hh:mm|-hh:mm|Z)}), or null for anything else. Reading a status of
   * thousands of revisions parses thousands of these: plain character arithmetic is several times
   * cheaper than the regular expressions and the date parser of the general path.
   */
  static Instant parseUsual(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != ' '
        || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        if (i - start < 9) {
          nanos = nanos * 10 + (s.charAt(i) - '0');
        }
        i++;
      }
      if (i == start) {
        return null;
      }
      for (int k = Math.min(i - start, 9); k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds;
    if (i == n - 1 && s.charAt(i) == 'Z') {
      offsetSeconds = 0;
    } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, i + 3);
      int om = digits(s, i + 4, i + 6);
      if ((oh | om) < 0 || oh > 18 || om > 59) {
        return null;
      }
      offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
      return null;
    }
    try {
      return LocalDate.of(year, month, day)
          .atTime(hour, minute, second, nanos)
          .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
    } catch (java.time.DateTimeException e) {
      return null; // Out of range: let the general path report it.
    }
  }

  // The decimal value of s[from, to), or -1 when a character is not an ASCII digit.
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
