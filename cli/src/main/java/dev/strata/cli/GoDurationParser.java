package dev.strata.cli;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.time.Duration;

/** Parses Go duration strings ({@code 10s}, {@code 1m30s}, {@code 500ms}) used by Atlas's flags. */
final class GoDurationParser {
  private GoDurationParser() {}

  /** Returns the duration, or throws a usage error naming the flag and the value. */
  static Duration parse(String flag, String value) {
    String s = value.trim();
    if (s.equals("0")) {
      return Duration.ZERO;
    }
    long nanos = 0;
    int i = 0;
    if (s.isEmpty()) {
      throw invalid(flag, value);
    }
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
        i++;
      }
      if (start == i) {
        throw invalid(flag, value);
      }
      double number;
      try {
        number = Double.parseDouble(s.substring(start, i));
      } catch (NumberFormatException e) {
        throw invalid(flag, value);
      }
      int unitStart = i;
      while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
        i++;
      }
      nanos += (long) (number * unitNanos(s.substring(unitStart, i), flag, value));
    }
    return Duration.ofNanos(nanos);
  }

  private static double unitNanos(String unit, String flag, String value) {
    switch (unit) {
      case "ns":
        return 1;
      case "us":
      case "µs":
        return 1e3;
      case "ms":
        return 1e6;
      case "s":
        return 1e9;
      case "m":
        return 60e9;
      case "h":
        return 3600e9;
      default:
        throw invalid(flag, value);
    }
  }

  private static StrataException invalid(String flag, String value) {
    return new StrataException(
        ErrorCode.USAGE,
        "invalid argument \"" + value + "\" for \"" + flag + "\" flag: time: invalid duration \"" + value + "\"");
  }
}
