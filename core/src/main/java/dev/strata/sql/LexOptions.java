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
}
