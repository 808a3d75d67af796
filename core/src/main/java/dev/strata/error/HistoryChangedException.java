package dev.strata.error;

/**
 * A statement that an earlier run applied was edited afterwards. Message: {@code sql/migrate:
 * history changed: statement <n> from file "<name>" changed}.
 */
public final class HistoryChangedException extends StrataException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int statement;

  /** @param statement the 1-based number of the changed statement */
  public HistoryChangedException(String file, int statement) {
    super(
        ErrorCode.HISTORY_CHANGED,
        "sql/migrate: history changed: statement " + statement + " from file \"" + file + "\" changed");
    this.file = file;
    this.statement = statement;
  }

  public String file() {
    return file;
  }

  /** Returns the 1-based number of the changed statement. */
  public int statement() {
    return statement;
  }
}
