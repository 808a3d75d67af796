package dev.strata.driver.sqlite;

import dev.strata.spi.support.StatementWords;

import dev.strata.spi.Dialect;
import dev.strata.spi.FailureKind;
import dev.strata.sql.LexOptions;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite's dialect: back-quoted identifiers (as Atlas writes them), transactional DDL, VACUUM
 * outside transactions, and error classification by result code and message.
 */
final class SqliteDialect implements Dialect {
  private static final int SQLITE_ERROR = 1;
  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;
  private static final int SQLITE_IOERR = 10;
  private static final int SQLITE_CANTOPEN = 14;
  private static final int SQLITE_TOOBIG = 18;
  private static final int SQLITE_CONSTRAINT = 19;
  private static final int SQLITE_MISMATCH = 20;

  private static final List<String> SCHEMA_MESSAGES =
      List.of(
          "no such table",
          "no such column",
          "no such index",
          "no such view",
          "no such trigger",
          "already exists",
          "duplicate column name",
          "has no column named",
          "no such collation",
          "no such module");
  private static final List<String> SYNTAX_MESSAGES =
      List.of("syntax error", "incomplete input", "unrecognized token");
  // xerial's texts for a connection or statement used after close.
  private static final List<String> CLOSED_MESSAGES =
      List.of("database connection closed", "the database has been closed", "connection closed");

  @Override
  public LexOptions lexOptions() {
    return LexOptions.SQLITE;
  }

  @Override
  public String quote(String name) {
    return '`' + name.replace("`", "``") + '`';
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public Optional<String> nonTransactional(String statement) {
    List<String> w = StatementWords.of(statement, 1, false);
    return !w.isEmpty() && w.get(0).equals("VACUUM")
        ? Optional.of("cannot VACUUM from within a transaction")
        : Optional.empty();
  }

  @Override
  public FailureKind classify(SQLException e) {
    if (e instanceof BatchUpdateException && e.getNextException() != null) {
      return classify(e.getNextException());
    }
    String message = describe(e).toLowerCase(Locale.ROOT);
    if (!(e instanceof SQLiteException)) {
      return CLOSED_MESSAGES.stream().anyMatch(message::contains)
          ? FailureKind.CONNECTION
          : FailureKind.OTHER;
    }
    switch (e.getErrorCode() & 0xff) {
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
        return FailureKind.LOCK;
      case SQLITE_CONSTRAINT:
      case SQLITE_MISMATCH:
      case SQLITE_TOOBIG:
        return FailureKind.DATA;
      case SQLITE_IOERR:
      case SQLITE_CANTOPEN:
        return FailureKind.CONNECTION;
      case SQLITE_ERROR:
        if (SYNTAX_MESSAGES.stream().anyMatch(message::contains)) {
          return FailureKind.SYNTAX;
        }
        if (SCHEMA_MESSAGES.stream().anyMatch(message::contains)) {
          return FailureKind.SCHEMA;
        }
        return message.contains("constraint failed") ? FailureKind.DATA : FailureKind.OTHER;
      default:
        return FailureKind.OTHER;
    }
  }

  /**
   * Returns SQLite's own message as go-sqlite3 prints it: xerial's {@code [SQLITE_ERROR] SQL error
   * or missing database (near "THIS": syntax error)} becomes {@code near "THIS": syntax error}.
   */
  @Override
  public String describe(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof SQLiteException) {
      SQLiteErrorCode code = ((SQLiteException) e).getResultCode();
      String prefix = "[" + code.name() + "] " + code.message + " (";
      if (message.startsWith(prefix) && message.endsWith(")")) {
        return message.substring(prefix.length(), message.length() - 1);
      }
    }
    return message;
  }
}
