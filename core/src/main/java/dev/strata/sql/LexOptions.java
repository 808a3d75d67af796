package dev.strata.sql;

/**
 * Per-dialect splitter options (atlas-compat.md §2.4).
 *
 * @param beginEnd {@code BEGIN ... END} compound blocks (triggers, procedures)
 * @param beginAtomic {@code BEGIN ATOMIC ... END} bodies
 * @param dollarQuotes PostgreSQL {@code $tag$ ... $tag$} quoting
 * @param backslashEscapes backslash escapes in every quoted string (MySQL)
 * @param hashComments {@code #} line comments (MySQL)
 * @param delimiterCommand the MySQL client's {@code DELIMITER x} command
 */
public record LexOptions(
    boolean beginEnd,
    boolean beginAtomic,
    boolean dollarQuotes,
    boolean backslashEscapes,
    boolean hashComments,
    boolean delimiterCommand) {

  /** MySQL and MariaDB. */
  public static final LexOptions MYSQL = new LexOptions(true, false, false, true, true, true);
  /** PostgreSQL. */
  public static final LexOptions POSTGRES = new LexOptions(true, true, true, false, false, false);
  /** SQLite. */
  public static final LexOptions SQLITE = new LexOptions(true, false, false, false, false, false);
  /** Non-Atlas directory formats, import and unknown dialects. */
  public static final LexOptions GENERIC = new LexOptions(false, true, true, false, false, false);

  /**
   * Returns whether PostgreSQL {@code E'...'} strings take backslash escapes. There is no component
   * for it: it holds for PostgreSQL-shaped options, those with both dollar quotes and {@code BEGIN
   * ... END} blocks ({@link #POSTGRES}, not {@link #GENERIC}, as in Atlas).
   */
  public boolean escapeStrings() {
    return dollarQuotes && beginEnd;
  }

  /**
   * Returns whether a MySQL executable comment ({@code /*!50610 ...*}{@code /}) at the start of a
   * statement is statement text rather than a detached comment. It holds for MySQL-shaped options
   * (those with {@code #} comments). Atlas detaches it and leaves an empty {@code ;} statement, which
   * MySQL rejects ("Query was empty"); mysqldump files are full of them.
   */
  public boolean executableComments() {
    return hashComments;
  }
}
