package dev.strata.error;

/**
 * Stable identifiers for every kind of failure Strata reports. The id never changes once released,
 * so scripts and the library's callers may match on it; the exit code follows Atlas's rule (1 for
 * every error).
 */
public enum ErrorCode {
  /** Wrong flags, arguments or values given by the user. */
  USAGE("usage"),
  /** A database or directory URL that cannot be parsed or names an unknown driver. */
  BAD_URL("bad-url"),
  /** atlas.sum is missing, malformed or does not match the directory. */
  CHECKSUM("checksum"),
  /** A migration directory that cannot be read or has a malformed file name or directive. */
  DIRECTORY("directory"),
  /** The SQL splitter found a syntax problem (unclosed quote, unbalanced parenthesis...). */
  SCAN("scan"),
  /** A statement failed on the database. */
  STATEMENT_FAILED("statement-failed"),
  /** An applied statement was edited after it ran. */
  HISTORY_CHANGED("history-changed"),
  /** The target database is not clean on a first run, or a dev database is not empty. */
  NOT_CLEAN("not-clean"),
  /** The migration lock is held by another process. */
  LOCK("lock"),
  /** Connecting to the database failed or the connection was lost. */
  CONNECTION("connection"),
  /** The revision table is ambiguous, unreadable or inconsistent with the directory. */
  REVISIONS("revisions"),
  /** The project file (atlas.hcl) is missing, malformed or names an unknown env. */
  PROJECT("project"),
  /** Anything else: an unexpected database or I/O failure. */
  INTERNAL("internal");

  private final String id;

  ErrorCode(String id) {
    this.id = id;
  }

  /** Returns the stable, lower-case identifier of this code. */
  public String id() {
    return id;
  }

  /** Returns the process exit code for this error: always 1, as Atlas does. */
  public int exitCode() {
    return 1;
  }
}
