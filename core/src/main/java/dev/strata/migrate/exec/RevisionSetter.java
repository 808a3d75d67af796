package dev.strata.migrate.exec;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.ChecksumValidator;
import dev.strata.migrate.dir.MigrationDir;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.dir.SumFile;
import dev.strata.migrate.history.Revision;
import dev.strata.migrate.history.RevisionLocator;
import dev.strata.migrate.history.RevisionStore;
import dev.strata.migrate.history.RevisionType;
import dev.strata.spi.Driver;
import dev.strata.spi.Locker;
import dev.strata.spi.RevisionTableRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code migrate set}: marks the revisions as if the directory had been applied up to a version
 * (atlas-compat.md §6.1), in one transaction.
 */
public final class RevisionSetter {
  private final Driver driver;
  private final MigrationDir dir;
  private final String revisionsSchema;
  private final String operator;
  private final Clock clock;

  public RevisionSetter(
      Driver driver, MigrationDir dir, String revisionsSchema, String operator, Clock clock) {
    this.driver = driver;
    this.dir = dir;
    this.revisionsSchema = revisionsSchema;
    this.operator = operator;
    this.clock = clock;
  }

  /**
   * Returns the changes made.
   *
   * @param target the version to set, or null for "the last file" (allowed only when revisions
   *     exist)
   */
  public SetResult set(String target) {
    SumFile sum = ChecksumValidator.validate(dir);
    List<MigrationFile> files = dir.files();
    RevisionTableRef ref = RevisionLocator.locate(driver.url(), revisionsSchema);
    try (Connection c = Connections.open(driver);
        Locker.Lock lock = lock(c)) {
      RevisionLocator.checkNotAmbiguous(c, driver.revisionDialect(), driver.url(), revisionsSchema, ref);
      RevisionStore store = new RevisionStore(driver.revisionDialect(), ref, c);
      store.ensure();
      List<Revision> revisions = store.readAll();
      if (target == null) {
        if (revisions.isEmpty()) {
          throw new StrataException(ErrorCode.USAGE, "accepts 1 arg(s), received 0");
        }
        target = files.isEmpty() ? "" : files.get(files.size() - 1).version();
      } else {
        String t = target;
        if (files.stream().noneMatch(f -> f.version().equals(t))) {
          throw new StrataException(
              ErrorCode.USAGE, "migration with version \"" + target + "\" not found");
        }
      }
      List<SetResult.Change> changes = new ArrayList<>();
      c.setAutoCommit(false);
      try {
        String lastKept = null;
        for (Revision r : revisions) {
          int cmp = r.version().compareTo(target);
          if (cmp > 0) {
            store.delete(r.version());
            changes.add(new SetResult.Change(r.version(), r.description(), true));
            continue;
          }
          if (cmp == 0 && ((r.error() != null && !r.error().isEmpty()) || r.applied() != r.total())) {
            if (!RevisionType.isResolved(r.type())) {
              store.write(r.withType(RevisionType.EXECUTE | RevisionType.RESOLVED));
              changes.add(new SetResult.Change(r.version(), r.description(), false));
            }
          }
          lastKept = r.version();
        }
        for (MigrationFile f : files) {
          boolean upToTarget = f.version().compareTo(target) <= 0;
          boolean newer = lastKept == null || f.version().compareTo(lastKept) > 0;
          if (upToTarget && newer) {
            store.write(
                new Revision(
                    f.version(), f.description(), RevisionType.RESOLVED, 0, 0, clock.instant(), 0,
                    null, null, sum.hashOf(f.name()).orElse(""), null, operator));
            changes.add(new SetResult.Change(f.version(), f.description(), false));
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
      changes.sort(Comparator.comparing(SetResult.Change::version));
      return new SetResult(target, changes);
    } catch (SQLException e) {
      throw Connections.failure(driver, e);
    }
  }

  private Locker.Lock lock(Connection c) {
    try {
      return driver.locker().lock(c, MigrationExecutor.LOCK_NAME, Duration.ZERO);
    } catch (StrataException e) {
      throw new StrataException(e.code(), "acquiring database lock: " + e.getMessage(), e);
    }
  }
}
