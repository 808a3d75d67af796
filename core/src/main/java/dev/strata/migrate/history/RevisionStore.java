package dev.strata.migrate.history;

import dev.strata.spi.RevisionDialect;
import dev.strata.spi.RevisionTableRef;
import dev.strata.spi.RevisionTableState;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads and writes revisions of one table through one connection. Writes join whatever
 * transaction the connection is in: that is how a statement and its record commit together.
 */
public final class RevisionStore {
  private final RevisionDialect dialect;
  private final RevisionTableRef ref;
  private Connection connection;

  public RevisionStore(RevisionDialect dialect, RevisionTableRef ref, Connection connection) {
    this.dialect = dialect;
    this.ref = ref;
    this.connection = connection;
  }

  /** Returns where the table lives. */
  public RevisionTableRef ref() {
    return ref;
  }

  /** Points the store at a new connection, after a reconnect. */
  public void use(Connection c) {
    this.connection = c;
  }

  /** Returns true when the table exists. */
  public boolean exists() throws SQLException {
    return dialect.tableExists(connection, ref);
  }

  /** Returns whether the table is missing, outdated or current: one catalog query. */
  public RevisionTableState state() throws SQLException {
    return dialect.tableState(connection, ref);
  }

  /** Creates or upgrades the table (additive). */
  public void ensure() throws SQLException {
    dialect.ensureTable(connection, ref);
  }

  /** Returns every revision, ordered by version. */
  public List<Revision> readAll() throws SQLException {
    return dialect.readAll(connection, ref);
  }

  /** Upserts {@code r}. */
  public void write(Revision r) throws SQLException {
    dialect.write(connection, ref, r);
  }

  /** Deletes the revision {@code version}. */
  public void delete(String version) throws SQLException {
    dialect.delete(connection, ref, version);
  }
}
