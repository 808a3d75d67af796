package dev.strata.spi;

/**
 * The failure kinds of the troubleshooting guide (../seed): each gets its own next steps in
 * {@code migrate status} and a failed {@code migrate apply}.
 */
public enum FailureKind {
  /** The statement is not valid SQL for this engine. */
  SYNTAX,
  /** The statement conflicts with the schema (object exists, or is missing). */
  SCHEMA,
  /** The statement conflicts with the data (duplicate key, NULL into NOT NULL, FK violation). */
  DATA,
  /** The connection was lost or the server went away. */
  CONNECTION,
  /** A lock or lock timeout. */
  LOCK,
  /** Anything else. */
  OTHER
}
