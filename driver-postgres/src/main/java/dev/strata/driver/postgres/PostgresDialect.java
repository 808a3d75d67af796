package dev.strata.driver.postgres;

import dev.strata.spi.support.StatementWords;

import dev.strata.spi.Dialect;
import dev.strata.spi.FailureKind;
import dev.strata.sql.LexOptions;
import java.io.IOException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostgreSQL's dialect: double-quoted identifiers, transactional DDL, the statements that refuse a
 * transaction block, and error classification by SQLState.
 */
final class PostgresDialect implements Dialect {
  private static final String IN_TX = " cannot run inside a transaction block";
  private final IntSupplier serverMajorVersion;

  /**
   * {@code serverMajorVersion} returns the connected server's major version, or 0 when unknown
   * (then the server is assumed to be 12 or later).
   */
  PostgresDialect(IntSupplier serverMajorVersion) {
    this.serverMajorVersion = serverMajorVersion;
  }

  @Override
  public LexOptions lexOptions() {
    return LexOptions.POSTGRES;
  }

  @Override
  public String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  /**
   * Returns PostgreSQL's own error text for the statements it refuses inside a transaction block
   * (PreventInTransactionBlock callers), or empty.
   */
  @Override
  public Optional<String> nonTransactional(String statement) {
    List<String> w = StatementWords.of(statement, 8, false);
    String what = refusedKind(w);
    return what == null ? Optional.empty() : Optional.of(what + IN_TX);
  }

  private String refusedKind(List<String> w) {
    switch (word(w, 0)) {
      case "CREATE":
        return create(w);
      case "DROP":
        return drop(w);
      case "REINDEX":
        return reindex(w);
      case "VACUUM":
        return "VACUUM";
      case "CLUSTER":
        // Only the form without a table name walks every table, one transaction each.
        return w.size() == 1 || w.size() == 2 && word(w, 1).equals("VERBOSE") ? "CLUSTER" : null;
      case "ALTER":
        return alter(w);
      case "DISCARD":
        return word(w, 1).equals("ALL") ? "DISCARD ALL" : null;
      case "COMMIT":
      case "ROLLBACK":
        return word(w, 1).equals("PREPARED") ? word(w, 0) + " PREPARED" : null;
      default:
        return null;
    }
  }

  private static String create(List<String> w) {
    int i = word(w, 1).equals("UNIQUE") ? 2 : 1;
    switch (word(w, i)) {
      case "INDEX":
        return word(w, i + 1).equals("CONCURRENTLY") ? "CREATE INDEX CONCURRENTLY" : null;
      case "DATABASE":
        return "CREATE DATABASE";
      case "TABLESPACE":
        return "CREATE TABLESPACE";
      default:
        return null;
    }
  }

  private static String drop(List<String> w) {
    switch (word(w, 1)) {
      case "INDEX":
        return word(w, 2).equals("CONCURRENTLY") ? "DROP INDEX CONCURRENTLY" : null;
      case "DATABASE":
        return "DROP DATABASE";
      case "TABLESPACE":
        return "DROP TABLESPACE";
      default:
        return null;
    }
  }

  // REINDEX [ ( options ) ] { INDEX | TABLE | SCHEMA | DATABASE | SYSTEM } [ CONCURRENTLY ] name;
  // the option group is skipped by StatementWords.
  private static String reindex(List<String> w) {
    String kind = word(w, 1);
    if (word(w, 2).equals("CONCURRENTLY")) {
      return "REINDEX CONCURRENTLY";
    }
    switch (kind) {
      case "SCHEMA":
      case "DATABASE":
      case "SYSTEM":
        return "REINDEX " + kind;
      default:
        return null;
    }
  }

  private String alter(List<String> w) {
    switch (word(w, 1)) {
      case "SYSTEM":
        return "ALTER SYSTEM";
      case "DATABASE":
        return word(w, 3).equals("SET") && word(w, 4).equals("TABLESPACE")
            ? "ALTER DATABASE SET TABLESPACE"
            : null;
      case "TYPE":
        int major = serverMajorVersion.getAsInt();
        if (major != 0 && major < 12) {
          for (int i = 2; i + 1 < w.size(); i++) {
            if (w.get(i).equals("ADD") && w.get(i + 1).equals("VALUE")) {
              return "ALTER TYPE ... ADD";
            }
          }
        }
        return null;
      default:
        return null;
    }
  }

  /**
   * Drops an INVALID index of the name a {@code CREATE [UNIQUE] INDEX CONCURRENTLY} is about to
   * create: a failed or interrupted concurrent build leaves one behind, and the retry would fail
   * with "relation already exists".
   */
  @Override
  public void beforeNonTransactional(java.sql.Connection c, String statement) throws SQLException {
    List<String> w = StatementWords.of(statement, 16, false);
    int i = word(w, 1).equals("UNIQUE") ? 2 : 1;
    if (!word(w, i).equals("INDEX") || !word(w, i + 1).equals("CONCURRENTLY")) {
      return;
    }
    int n = i + 2;
    if (word(w, n).equals("IF")) {
      n += 3;
    }
    String name = null;
    for (; n < w.size() && !word(w, n).equals("ON"); n++) {
      if (!word(w, n).equals(".")) {
        name = w.get(n);
      }
    }
    if (name == null) {
      return; // An unnamed index gets a fresh name: nothing can be in its way.
    }
    String bare =
        name.startsWith("\"")
            ? name.substring(1, name.length() - 1).replace("\"\"", "\"")
            : name.toLowerCase(java.util.Locale.ROOT);
    String invalid = null;
    try (java.sql.PreparedStatement ps =
        c.prepareStatement(
            "SELECT format('%I.%I', n.nspname, x.relname) FROM pg_index i"
                + " JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_namespace n ON n.oid = x.relnamespace"
                + " WHERE NOT i.indisvalid AND x.relname = ? AND n.nspname = ANY (current_schemas(false))")) {
      ps.setString(1, bare);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          invalid = rs.getString(1);
        }
      }
    }
    if (invalid != null) {
      try (java.sql.Statement st = c.createStatement()) {
        st.execute("DROP INDEX CONCURRENTLY IF EXISTS " + invalid);
      }
    }
  }

  private static String word(List<String> w, int i) {
    return i < w.size() ? w.get(i) : "";
  }

  @Override
  public FailureKind classify(SQLException e) {
    if (e instanceof BatchUpdateException && e.getNextException() != null) {
      return classify(e.getNextException());
    }
    String state = e.getSQLState();
    if (state == null || state.length() != 5) {
      return e instanceof SQLNonTransientConnectionException
              || e instanceof SQLTransientConnectionException
              || e.getCause() instanceof IOException
          ? FailureKind.CONNECTION
          : FailureKind.OTHER;
    }
    switch (state) {
      case "42601": // syntax_error
        return FailureKind.SYNTAX;
      case "42501": // insufficient_privilege
        return FailureKind.OTHER;
      case "55P03": // lock_not_available (lock_timeout, NOWAIT)
      case "40P01": // deadlock_detected
        return FailureKind.LOCK;
      case "57P01": // admin_shutdown (pg_terminate_backend)
      case "57P02": // crash_shutdown
      case "57P03": // cannot_connect_now
      case "57P05": // idle_session_timeout
        return FailureKind.CONNECTION;
      case "3F000": // invalid_schema_name
      case "2BP01": // dependent_objects_still_exist
        return FailureKind.SCHEMA;
      default:
        break;
    }
    switch (state.substring(0, 2)) {
      case "42": // duplicate or undefined objects, wrong object types
        return FailureKind.SCHEMA;
      case "22": // data exceptions
      case "23": // integrity constraint violations
        return FailureKind.DATA;
      case "08": // connection exceptions
        return FailureKind.CONNECTION;
      default:
        return FailureKind.OTHER;
    }
  }

  /**
   * Returns lib/pq's text for a server error ({@code pq: <message>}, without pgjdbc's severity
   * prefix and Position lines), or the first line of any other error's message.
   */
  @Override
  public Optional<String> detail(SQLException e) {
    if (e instanceof PSQLException) {
      ServerErrorMessage m = ((PSQLException) e).getServerErrorMessage();
      if (m != null && m.getDetail() != null && !m.getDetail().isBlank()) {
        return Optional.of(m.getDetail());
      }
    }
    return Optional.empty();
  }

  @Override
  public String describe(SQLException e) {
    if (e instanceof PSQLException) {
      ServerErrorMessage m = ((PSQLException) e).getServerErrorMessage();
      if (m != null && m.getMessage() != null) {
        return "pq: " + m.getMessage();
      }
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = message.indexOf('\n');
    String first = nl < 0 ? message : message.substring(0, nl);
    for (String severity : List.of("ERROR: ", "FATAL: ", "PANIC: ")) {
      if (first.startsWith(severity)) {
        return "pq: " + first.substring(severity.length());
      }
    }
    return first;
  }
}
