package dev.strata.spi;

import dev.strata.sql.LexOptions;
import java.sql.SQLException;
import java.util.Optional;

/** What the engine needs to know about one SQL dialect. */
public interface Dialect {
  /** Returns the splitter options of this dialect (quotes, comments, blocks). */
  LexOptions lexOptions();

  /** Returns {@code name} quoted as an identifier ("x" or `x`). */
  String quote(String name);

  /** Returns true when DDL statements roll back with their transaction (PostgreSQL, SQLite). */
  boolean transactionalDdl();

  /**
   * Returns why {@code statement} cannot run inside a transaction block (for example "CREATE INDEX
   * CONCURRENTLY cannot run inside a transaction block"), or empty when it can.
   */
  default Optional<String> nonTransactional(String statement) {
    return Optional.empty();
  }

  /**
   * Prepares the database for {@code statement}, which is about to run outside a transaction:
   * PostgreSQL drops the INVALID index that an interrupted {@code CREATE INDEX CONCURRENTLY} of
   * the same name left behind, so the retry can succeed. Does nothing by default.
   */
  default void beforeNonTransactional(java.sql.Connection c, String statement) throws SQLException {}

  /**
   * Returns true when {@code statement} commits implicitly (MySQL and MariaDB DDL), so that it
   * cannot share a transaction with the revision update that records it.
   */
  default boolean commitsImplicitly(String statement) {
    return false;
  }

  /** Returns the kind of failure {@code e} is, for the troubleshooting advice. */
  FailureKind classify(SQLException e);

  /** Returns true when {@code e} means the connection is gone and a retry on a new one may work. */
  default boolean isConnectionLoss(SQLException e) {
    return classify(e) == FailureKind.CONNECTION;
  }

  /**
   * Returns what the database adds to its error beyond the message (PostgreSQL's DETAIL, e.g.
   * {@code Key (email)=(a@b.c) is duplicated.}), or empty.
   */
  default Optional<String> detail(SQLException e) {
    return Optional.empty();
  }

  /**
   * Returns the driver's error text as Atlas prints it: for MySQL {@code Error 1062: Duplicate
   * entry ...}, for PostgreSQL {@code pq: relation "t" already exists}, for SQLite the message.
   */
  String describe(SQLException e);
}
