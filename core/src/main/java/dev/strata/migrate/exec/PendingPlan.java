package dev.strata.migrate.exec;

import dev.strata.migrate.dir.MigrationFile;
import java.util.List;

/**
 * The files an apply would run, in order, and the files found out of order.
 *
 * @param pending files to execute, in execution order; empty when the database is up to date
 * @param outOfOrder files with no revision that sort before the last applied one; they are part
 *     of {@code pending} only with {@link ExecOrder#NON_LINEAR}
 * @param resumed true when the first pending file is partially applied and resumes
 */
public record PendingPlan(
    List<MigrationFile> pending, List<MigrationFile> outOfOrder, boolean resumed) {
  public PendingPlan {
    pending = List.copyOf(pending);
    outOfOrder = List.copyOf(outOfOrder);
  }
}
