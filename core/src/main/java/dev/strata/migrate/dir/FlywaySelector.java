package dev.strata.migrate.dir;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses and orders the migration files of a Flyway directory (atlas-compat.md §1.5): files whose
 * base name starts with {@code V}, {@code B} or {@code R} and ends in {@code .sql}, in any
 * non-hidden subdirectory; only the latest baseline is kept and versioned files at or below it are
 * dropped; then the baseline, the versioned files by numeric version, the repeatables.
 *
 * <p>Atlas compares versions as plain strings while choosing the baseline and dropping the files it
 * covers ({@code "10" < "9"}), and compares a file path with a version in one place; here Flyway's
 * numeric order ({@link MigrationVersions#compareFlyway}) is used throughout, which is what Flyway
 * itself does. Equal versions keep directory-walk order (Atlas's sort is not stable).
 */
final class FlywaySelector {
  /** Directory-walk order: path components compared one by one in byte order, as Go's WalkDir. */
  static final Comparator<String> WALK_ORDER = FlywaySelector::compareWalk;

  private FlywaySelector() {}

  /** Returns the migration files among {@code paths} (relative, {@code /}-separated), in order. */
  static List<String> select(List<String> paths) {
    List<String> candidates = new ArrayList<>();
    for (String p : paths) {
      if (isCandidate(p)) {
        candidates.add(p);
      }
    }
    candidates.sort(WALK_ORDER);
    String baseline = null;
    List<String> versioned = new ArrayList<>();
    List<String> repeatable = new ArrayList<>();
    for (String p : candidates) {
      switch (baseName(p).charAt(0)) {
        case 'B':
          if (baseline == null
              || MigrationVersions.compareFlyway(version(p), version(baseline)) >= 0) {
            baseline = p;
          }
          break;
        case 'V':
          versioned.add(p);
          break;
        default:
          repeatable.add(p);
      }
    }
    if (baseline != null) {
      String covered = version(baseline);
      versioned.removeIf(v -> MigrationVersions.compareFlyway(version(v), covered) <= 0);
    }
    // List.sort is stable: equal versions keep walk order.
    versioned.sort((a, b) -> MigrationVersions.compareFlyway(version(a), version(b)));
    List<String> out = new ArrayList<>();
    if (baseline != null) {
      out.add(baseline);
    }
    out.addAll(versioned);
    out.addAll(repeatable);
    return out;
  }

  /** Returns the version of a Flyway file: {@code V1_1__x.sql -> 1_1}; empty for repeatables. */
  static String version(String path) {
    String base = baseName(path);
    if (base.isEmpty() || base.charAt(0) == 'R') {
      return "";
    }
    String stem = base.endsWith(".sql") ? base.substring(0, base.length() - 4) : base;
    int sep = stem.indexOf("__");
    String head = sep < 0 ? stem : stem.substring(0, sep);
    return head.isEmpty() ? "" : head.substring(1);
  }

  /** Returns the description of a Flyway file: the part after the first {@code __}, no suffix. */
  static String description(String path) {
    String base = baseName(path);
    int sep = base.indexOf("__");
    if (sep < 0) {
      return "";
    }
    String desc = base.substring(sep + 2);
    return desc.endsWith(".sql") ? desc.substring(0, desc.length() - 4) : desc;
  }

  // Atlas: extension ".sql", base name of at least 4 bytes, first letter V, B or R (U = undo,
  // ignored);
  // and no hidden directory on the way.
  private static boolean isCandidate(String path) {
    String base = baseName(path);
    if (!base.endsWith(".sql") || base.length() < 4) {
      return false;
    }
    char c = base.charAt(0);
    if (c != 'V' && c != 'B' && c != 'R') {
      return false;
    }
    String[] parts = path.split("/", -1);
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static int compareWalk(String a, String b) {
    String[] pa = a.split("/", -1);
    String[] pb = b.split("/", -1);
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      int c = MigrationVersions.compare(pa[i], pb[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.length, pb.length);
  }
}
