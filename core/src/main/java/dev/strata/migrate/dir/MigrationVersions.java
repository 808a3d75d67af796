package dev.strata.migrate.dir;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Version and file-name ordering exactly as Atlas does it: plain string comparison by UTF-8 bytes
 * (Go's string order), so {@code "10" < "9"} and {@code "1.5" < "2"}. Never numeric. Flyway's
 * numeric order is used only to sort a Flyway directory ({@link #compareFlyway}).
 */
public final class MigrationVersions {
  /** Go's string order (UTF-8 byte order, which equals Unicode code point order). */
  public static final Comparator<String> ORDER = MigrationVersions::compare;

  private MigrationVersions() {}

  /**
   * Returns a negative number, zero or a positive number as {@code a} sorts before, equal to or
   * after {@code b} in UTF-8 byte order. Differs from {@link String#compareTo} only for characters
   * outside the Basic Multilingual Plane.
   */
  public static int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int k = 0; k < n; k++) {
      char ca = a.charAt(k);
      char cb = b.charAt(k);
      if (ca != cb) {
        // UTF-16 units sort as code points except where a surrogate meets U+E000..U+FFFF: only
        // then decode (a sort of 1,000 names spent a quarter of a no-op scan decoding).
        if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
          return Integer.compare(a.codePointAt(k), b.codePointAt(k));
        }
        return Integer.compare(ca, cb);
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  /**
   * Returns the index of the last file whose version is less than or equal to {@code version}, or
   * -1 when every file is newer (Atlas: where pending files start after a complete revision).
   */
  public static int lastIndexAtOrBefore(List<MigrationFile> files, String version) {
    for (int i = files.size() - 1; i >= 0; i--) {
      if (compare(files.get(i).version(), version) <= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the index of the last file with exactly this version, or -1 when there is none. */
  public static int lastIndexOf(List<MigrationFile> files, String version) {
    for (int i = files.size() - 1; i >= 0; i--) {
      if (files.get(i).version().equals(version)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the last file with exactly this version, or empty. */
  public static Optional<MigrationFile> find(List<MigrationFile> files, String version) {
    int i = lastIndexOf(files, version);
    return i < 0 ? Optional.empty() : Optional.of(files.get(i));
  }

  /**
   * Returns the files strictly after index {@code index} (all files for -1), as an unmodifiable
   * copy.
   */
  public static List<MigrationFile> after(List<MigrationFile> files, int index) {
    return List.copyOf(files.subList(index + 1, files.size()));
  }

  /**
   * Compares Flyway versions as Atlas's Flyway reader does: {@code _} counts as {@code .}, each
   * dot-separated part is a decimal number (0 when it is not one, clamped when it overflows), parts
   * compare left to right, and a shorter list that is a prefix sorts first ({@code 3 < 3.1}).
   */
  public static int compareFlyway(String v1, String v2) {
    String[] a = v1.replace('_', '.').split("\\.", -1);
    String[] b = v2.replace('_', '.').split("\\.", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = Long.compare(flywayPart(a[i]), flywayPart(b[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  // Go's strconv.Atoi, errors ignored: an optional sign and decimal digits; out-of-range values are
  // clamped; anything else is 0.
  private static long flywayPart(String s) {
    int start = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    if (start == s.length()) {
      return 0;
    }
    for (int i = start; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return 0;
      }
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return s.charAt(0) == '-' ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
