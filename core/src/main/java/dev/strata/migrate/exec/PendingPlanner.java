package dev.strata.migrate.exec;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.history.Revision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes pending files from the directory and the revisions, exactly as Atlas does
 * (atlas-compat.md §4.3). Pure: no database, no file system. Versions compare as plain strings.
 */
public final class PendingPlanner {
  private PendingPlanner() {}

  /**
   * Returns the pending plan.
   *
   * @param files every migration file of the directory, in directory order
   * @param revisions the revisions ordered by version; empty on a first run (baseline and clean
   *     checks are the caller's business)
   * @param checkpoints names of the files that carry the {@code atlas:checkpoint} directive
   * @throws StrataException for a missing partially applied file or, with {@link
   *     ExecOrder#LINEAR}, files added out of order
   */
  public static PendingPlan plan(
      List<MigrationFile> files, List<Revision> revisions, ExecOrder order, Set<String> checkpoints) {
    if (revisions.isEmpty()) {
      return new PendingPlan(fromLastCheckpoint(files, checkpoints), List.of(), false);
    }
    Revision last = revisions.get(revisions.size() - 1);
    if (last.isPartial()) {
      int cp = lastIndexOfVersion(files, last.version());
      if (cp >= 0 && checkpoints.contains(files.get(cp).name())) {
        List<MigrationFile> pending = new ArrayList<>();
        pending.add(files.get(cp));
        for (MigrationFile f : files.subList(cp + 1, files.size())) {
          if (!checkpoints.contains(f.name())) {
            pending.add(f);
          }
        }
        return new PendingPlan(pending, List.of(), true);
      }
    }
    List<MigrationFile> migrations =
        files.stream().filter(f -> !checkpoints.contains(f.name())).collect(Collectors.toList());
    if (migrations.isEmpty()) {
      return new PendingPlan(List.of(), List.of(), false);
    }
    int start;
    if (last.isPartial()) {
      start = lastIndexOfVersion(migrations, last.version());
      if (start < 0) {
        throw new StrataException(
            ErrorCode.REVISIONS,
            "sql/migrate: missing migration: revision \""
                + fileNameOf(last)
                + "\" is partially applied but migration file was not found");
      }
    } else {
      start = lastIndexAtOrBefore(migrations, last.version()) + 1;
    }
    List<MigrationFile> outOfOrder = outOfOrder(migrations, revisions, start);
    List<MigrationFile> pending = new ArrayList<>();
    if (!outOfOrder.isEmpty()) {
      switch (order) {
        case LINEAR:
          throw outOfOrderError(outOfOrder);
        case NON_LINEAR:
          pending.addAll(outOfOrder);
          break;
        case LINEAR_SKIP:
          break;
      }
    }
    pending.addAll(migrations.subList(start, migrations.size()));
    return new PendingPlan(pending, outOfOrder, last.isPartial());
  }

  /** Returns Atlas's out-of-order error for {@code files}. */
  public static StrataException outOfOrderError(List<MigrationFile> files) {
    String names = files.stream().map(MigrationFile::name).collect(Collectors.joining(", "));
    String text =
        files.size() == 1
            ? "migration file " + names + " was added out of order"
            : "migration files " + names + " were added out of order";
    return new StrataException(
        ErrorCode.REVISIONS, text + ". See: https://atlasgo.io/versioned/apply#non-linear-error");
  }

  /** Returns the files from the last checkpoint (inclusive), or all files when there is none. */
  public static List<MigrationFile> fromLastCheckpoint(
      List<MigrationFile> files, Set<String> checkpoints) {
    for (int i = files.size() - 1; i >= 0; i--) {
      if (checkpoints.contains(files.get(i).name())) {
        return files.subList(i, files.size());
      }
    }
    return files;
  }

  private static List<MigrationFile> outOfOrder(
      List<MigrationFile> migrations, List<Revision> revisions, int start) {
    Set<String> applied = new HashSet<>();
    for (Revision r : revisions) {
      applied.add(r.version());
    }
    String first = revisions.get(0).version();
    List<MigrationFile> out = new ArrayList<>();
    for (int i = 0; i < start; i++) {
      MigrationFile f = migrations.get(i);
      if (f.version().compareTo(first) >= 0 && !applied.contains(f.version())) {
        out.add(f);
      }
    }
    return out;
  }

  private static int lastIndexOfVersion(List<MigrationFile> files, String version) {
    for (int i = files.size() - 1; i >= 0; i--) {
      if (files.get(i).version().equals(version)) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexAtOrBefore(List<MigrationFile> files, String version) {
    for (int i = files.size() - 1; i >= 0; i--) {
      if (files.get(i).version().compareTo(version) <= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String fileNameOf(Revision r) {
    return r.description() == null || r.description().isEmpty()
        ? r.version() + ".sql"
        : r.version() + "_" + r.description() + ".sql";
  }
}
