package dev.strata.spi;

import dev.strata.url.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One database engine's implementation of Strata's roles, bound to one URL. A driver is cheap to
 * create; it opens connections only when asked. Implementations live in the driver modules and are
 * found through {@link DriverProvider} with {@link java.util.ServiceLoader}.
 */
public interface Driver {
  /** Returns the URL this driver was opened for. */
  DatabaseUrl url();

  /**
   * Returns a new connection scoped as the URL says (database, schema or {@code search_path}), in
   * auto-commit mode. The caller closes it. Connection failures surface as {@link SQLException}
   * whose message never contains the password.
   */
  Connection connect() throws SQLException;

  /** Returns the engine's SQL dialect: quoting, splitter options, error classification. */
  Dialect dialect();

  /** Returns the lock implementation with Atlas's names and mechanisms. */
  Locker locker();

  /** Returns the clean-database check used on first runs and for dev databases. */
  CleanChecker cleanChecker();

  /** Returns the SQL that creates, reads and writes {@code atlas_schema_revisions}. */
  RevisionDialect revisionDialect();

  /**
   * Returns the probe that judges interrupted implicit-commit statements, or empty for engines
   * with transactional DDL (they need none) and engines that have no probe.
   */
  default java.util.Optional<OutcomeProbe> outcomeProbe() {
    return java.util.Optional.empty();
  }

  /** Returns the inspector that reads this database into the schema model. */
  Inspector inspector();

  /** Returns the differ's dialect hooks. */
  DiffHooks diffHooks();

  /** Returns the writer that renders schema changes as this dialect's SQL. */
  PlanWriter planWriter();
}
