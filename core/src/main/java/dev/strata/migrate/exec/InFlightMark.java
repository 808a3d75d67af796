package dev.strata.migrate.exec;

import java.util.Optional;

/**
 * The error text of a revision whose next statements were started but whose outcome was not yet
 * recorded (implicit-commit DDL): the probe's fingerprint, and, when one revision write put a run
 * of statements in flight together, how many and the cumulative hash through the last of them, so
 * that a file edited after a crash is noticed before the probe judges statements it no longer
 * holds.
 *
 * <p>One statement: {@code strata: statement interrupted before its outcome was recorded;
 * fingerprint=absent}; several: the same followed by {@code ; statements=3; through=h1:...}.
 *
 * @param through the cumulative {@code h1:} hash through the last statement in flight; null for one
 */
public record InFlightMark(String fingerprint, int statements, String through) {
  public static final String PREFIX =
      "strata: statement interrupted before its outcome was recorded; fingerprint=";
  private static final String COUNT = "; statements=";
  private static final String THROUGH = "; through=";

  /** Returns the text for the revision's error column. */
  public String text() {
    return statements == 1
        ? PREFIX + fingerprint
        : PREFIX + fingerprint + COUNT + statements + THROUGH + through;
  }

  /**
   * Returns the mark {@code error} holds, or empty when it holds none.
   *
   * @throws IllegalArgumentException when it starts like a mark but cannot be read
   */
  public static Optional<InFlightMark> parse(String error) {
    if (error == null || !error.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String rest = error.substring(PREFIX.length());
    int count = rest.indexOf(COUNT);
    if (count < 0) {
      return Optional.of(new InFlightMark(rest, 1, null));
    }
    int through = rest.indexOf(THROUGH, count);
    try {
      int n = Integer.parseInt(rest.substring(count + COUNT.length(), through < 0 ? -1 : through));
      if (n < 1) {
        throw new NumberFormatException("below 1");
      }
      String hash = rest.substring(through + THROUGH.length());
      return Optional.of(new InFlightMark(rest.substring(0, count), n, hash));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("unreadable in-flight mark: " + error, e);
    }
  }
}
