package dev.strata.driver.mysql;

import dev.strata.spi.support.StatementWords;

import dev.strata.spi.Dialect;
import dev.strata.spi.FailureKind;
import dev.strata.sql.LexOptions;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MySQL's and MariaDB's dialect: back-quoted identifiers, DDL that commits implicitly, and error
 * classification by server error number and SQLState.
 */
final class MysqlDialect implements Dialect {
  // Connector/J prefixes server messages with the connection id: "(conn=12) Duplicate entry...".
  private static final Pattern CONN_PREFIX = Pattern.compile("^\\(conn=-?\\d+\\)\\s*");

  private static final Set<Integer> SYNTAX = Set.of(1064, 1149);

  // Objects that exist or are missing: tables, columns, keys, databases, routines, triggers,
  // views, constraints.
  private static final Set<Integer> SCHEMA =
      Set.of(
          1007, 1008, 1022, 1049, 1050, 1051, 1054, 1059, 1060, 1061, 1068, 1072, 1075, 1090, 1091,
          1103, 1146, 1166, 1176, 1215, 1304, 1305, 1347, 1356, 1359, 1360, 1553, 1824, 1826, 1828,
          3780, 4028, 1005, 1025, 1109, 1113);

  // Values that conflict with the schema's rules: duplicates, NULLs, references, ranges.
  private static final Set<Integer> DATA =
      Set.of(
          1048, 1062, 1138, 1216, 1217, 1263, 1264, 1265, 1292, 1364, 1366, 1406, 1451, 1452, 1586,
          1859, 3819, 4025, 4026, 1242, 1690);

  // The server went away, killed the session or is shutting down; client-side losses.
  private static final Set<Integer> CONNECTION =
      Set.of(1053, 1152, 1153, 1184, 1927, 2002, 2003, 2006, 2013, 2055, 4031);

  private static final Set<Integer> LOCK = Set.of(1205, 1213, 3572);

  // The words after SET joined without spaces: "SESSIONAUTOCOMMIT=1", "@@SESSION.AUTOCOMMIT:=ON".
  private static final Pattern AUTOCOMMIT_ON =
      Pattern.compile("(SESSION|LOCAL|@@SESSION\\.|@@LOCAL\\.|@@)?AUTOCOMMIT:?=(1|ON|TRUE)(,.*)?");

  @Override
  public LexOptions lexOptions() {
    return LexOptions.MYSQL;
  }

  @Override
  public String quote(String name) {
    return '`' + name.replace("`", "``") + '`';
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  /**
   * Returns true for the statements MySQL documents as causing an implicit commit ("Statements That
   * Cause an Implicit Commit"): data definition (CREATE, ALTER, DROP, RENAME, TRUNCATE, but not on
   * TEMPORARY tables), account management, transaction control and locking, administration and
   * replication control. MariaDB's list is the same plus sequences and packages.
   */
  @Override
  public boolean commitsImplicitly(String statement) {
    List<String> w = StatementWords.of(statement, 8, true);
    switch (word(w, 0)) {
      case "CREATE":
      case "DROP":
        return !w.contains("TEMPORARY");
      case "ALTER":
      case "RENAME":
      case "TRUNCATE":
      case "GRANT":
      case "REVOKE":
      case "LOCK":
      case "UNLOCK":
      case "ANALYZE":
      case "CACHE":
      case "CHECK":
      case "FLUSH":
      case "OPTIMIZE":
      case "REPAIR":
      case "INSTALL":
      case "UNINSTALL":
      case "STOP":
        return true;
      case "START":
        return !word(w, 1).isEmpty();
      case "BEGIN":
        // BEGIN [WORK] starts a transaction; BEGIN NOT ATOMIC opens a MariaDB compound block.
        return !word(w, 1).equals("NOT");
      case "RESET":
        return !word(w, 1).equals("PERSIST");
      case "CHANGE":
        return word(w, 1).equals("MASTER") || word(w, 1).equals("REPLICATION");
      case "LOAD":
        return word(w, 1).equals("INDEX");
      case "SET":
        return setCommits(w);
      default:
        return false;
    }
  }

  // SET PASSWORD, and SET [SESSION] autocommit = 1 (which commits the open transaction).
  private static boolean setCommits(List<String> w) {
    if (word(w, 1).equals("PASSWORD")) {
      return true;
    }
    String joined = String.join("", w.subList(1, w.size()));
    return AUTOCOMMIT_ON.matcher(joined).matches();
  }

  private static String word(List<String> w, int i) {
    return i < w.size() ? w.get(i) : "";
  }

  @Override
  public FailureKind classify(SQLException e) {
    if (e instanceof BatchUpdateException && e.getNextException() != null) {
      return classify(e.getNextException());
    }
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    int code = e.getErrorCode();
    if (state.startsWith("08")
        || e instanceof SQLNonTransientConnectionException
        || e instanceof SQLTransientConnectionException
        || CONNECTION.contains(code)) {
      return FailureKind.CONNECTION;
    }
    if (SYNTAX.contains(code)) {
      return FailureKind.SYNTAX;
    }
    if (SCHEMA.contains(code)) {
      return FailureKind.SCHEMA;
    }
    if (DATA.contains(code)) {
      return FailureKind.DATA;
    }
    if (LOCK.contains(code) || state.equals("40001")) {
      return FailureKind.LOCK;
    }
    if (state.startsWith("23") || state.startsWith("22")) {
      return FailureKind.DATA;
    }
    if (state.startsWith("42S")) {
      return FailureKind.SCHEMA;
    }
    return FailureKind.OTHER;
  }

  /**
   * Returns go-sql-driver's text for a server error ({@code Error 1062: Duplicate entry ...},
   * without Connector/J's connection prefix), or the message of a client-side error.
   */
  @Override
  public String describe(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    message = CONN_PREFIX.matcher(message).replaceFirst("");
    int query = message.indexOf("\nQuery is:");
    if (query >= 0) {
      message = message.substring(0, query);
    }
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    int code = e.getErrorCode();
    boolean serverError = !state.startsWith("08") && (code > 0 && code < 2000 || code >= 3000);
    return serverError ? "Error " + code + ": " + message : message;
  }
}
