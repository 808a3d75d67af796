package dev.strata.spi.support;

import dev.strata.sql.GoText;

/** Formats text the way Go's {@code %q} verb does, for Atlas's error and reason texts. */
public final class GoStrings {
  private GoStrings() {}

  /** Returns {@code s} in double quotes with Go's escapes ({@code strconv.Quote}). */
  public static String quote(String s) {
    return GoText.quote(s);
  }
}
