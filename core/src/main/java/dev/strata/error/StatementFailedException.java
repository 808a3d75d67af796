package dev.strata.error;

/**
 * A migration statement failed on the database. The message is Atlas's: {@code sql/migrate:
 * executing statement "<stmt>" from version "<v>": <error>}.
 */
public final class StatementFailedException extends StrataException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final String version;
  private final int index;
  private final int line;
  private final String statement;
  private final String databaseError;
  private final String kind;
  private int resumeAt;
  private String detail;

  /**
   * @param index 0-based index of the statement in its file
   * @param line 1-based line where the statement starts
   * @param kind the failure kind's name (SYNTAX, SCHEMA, DATA, CONNECTION, LOCK, OTHER)
   */
  public StatementFailedException(
      String file,
      String version,
      int index,
      int line,
      String statement,
      String databaseError,
      String kind,
      Throwable cause) {
    super(
        ErrorCode.STATEMENT_FAILED,
        "sql/migrate: executing statement \""
            + statement
            + "\" from version \""
            + version
            + "\": "
            + databaseError,
        cause);
    this.file = file;
    this.version = version;
    this.index = index;
    this.line = line;
    this.statement = statement;
    this.databaseError = databaseError;
    this.kind = kind;
    this.resumeAt = index + 1;
  }

  /**
   * Returns this exception with the statement (1-based) the next run starts at, and the
   * database's detail text (the rows that violate a constraint, ...) or null.
   */
  public StatementFailedException withResume(int statement, String detailText) {
    this.resumeAt = statement;
    this.detail = detailText;
    return this;
  }

  /** Returns the 1-based statement the next run starts at. */
  public int resumeAt() {
    return resumeAt;
  }

  /** Returns the database's detail about the failure, or null. */
  public String detail() {
    return detail;
  }

  /** Returns the file name. */
  public String file() {
    return file;
  }

  public String version() {
    return version;
  }

  /** Returns the 0-based statement index in the file. */
  public int index() {
    return index;
  }

  /** Returns the 1-based line where the statement starts. */
  public int line() {
    return line;
  }

  public String statement() {
    return statement;
  }

  /** Returns the database's error text as Atlas prints it. */
  public String databaseError() {
    return databaseError;
  }

  /** Returns the failure kind (a {@code dev.strata.spi.FailureKind} name). */
  public String kind() {
    return kind;
  }
}
