package dev.strata.migrate.exec;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.MigrationFile;
import java.util.ArrayList;
import java.util.List;

/** Cuts a pending list after a version, for {@code --to-version} (atlas-compat.md §4.3). */
final class ToVersion {
  private ToVersion() {}

  /** Returns the pending files up to and including {@code version}. */
  static List<MigrationFile> cut(List<MigrationFile> all, List<MigrationFile> pending, String version) {
    boolean exists = all.stream().anyMatch(f -> f.version().equals(version));
    if (!exists) {
      String hint = "";
      for (MigrationFile f : all) {
        String v = f.version();
        if (version.contains(v) || v.contains(version) && v.length() - version.length() >= 2) {
          hint = ". Did you mean \"" + v + "\"?";
          break;
        }
      }
      throw new StrataException(
          ErrorCode.USAGE, "sql/migrate: migration with version \"" + version + "\" not found" + hint);
    }
    List<MigrationFile> out = new ArrayList<>();
    for (MigrationFile f : pending) {
      if (f.version().compareTo(version) <= 0) {
        out.add(f);
      }
    }
    return out;
  }
}
