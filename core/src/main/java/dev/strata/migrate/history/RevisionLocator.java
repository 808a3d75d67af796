package dev.strata.migrate.history;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.spi.RevisionDialect;
import dev.strata.spi.RevisionTableRef;
import dev.strata.url.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;

/** Decides where {@code atlas_schema_revisions} lives, with Atlas's rules (§3.1). */
public final class RevisionLocator {
  /** The schema Atlas uses when the URL is realm-scoped and no flag names one. */
  public static final String DEFAULT_SCHEMA = "atlas_schema_revisions";

  private RevisionLocator() {}

  /**
   * Returns the table's location: the {@code --revisions-schema} flag, else the URL's schema, else
   * the {@value #DEFAULT_SCHEMA} schema. SQLite stores it in {@code main} (schema null).
   *
   * @param flag the {@code --revisions-schema} value, or null/empty when not given
   */
  public static RevisionTableRef locate(DatabaseUrl url, String flag) {
    boolean hasFlag = flag != null && !flag.isEmpty();
    if (url.engine() == DatabaseUrl.Engine.SQLITE) {
      if (hasFlag && !flag.equals("main")) {
        throw new StrataException(
            ErrorCode.USAGE,
            "cannot store revisions-table in a separate schema (\"" + flag + "\") with SQLite driver");
      }
      return RevisionTableRef.in(null);
    }
    if (hasFlag) {
      return RevisionTableRef.in(flag);
    }
    return RevisionTableRef.in(url.schema().orElse(DEFAULT_SCHEMA));
  }

  /**
   * Fails with Atlas's {@code ambiguous revision table} error when a schema-scoped URL without the
   * flag finds no table in its schema but one in the old {@value #DEFAULT_SCHEMA} schema.
   */
  public static void checkNotAmbiguous(
      Connection c, RevisionDialect dialect, DatabaseUrl url, String flag, RevisionTableRef ref)
      throws SQLException {
    boolean hasFlag = flag != null && !flag.isEmpty();
    if (hasFlag || url.engine() == DatabaseUrl.Engine.SQLITE || url.schema().isEmpty()) {
      return;
    }
    if (dialect.tableExists(c, ref)) {
      return;
    }
    RevisionTableRef old = RevisionTableRef.in(DEFAULT_SCHEMA);
    if (dialect.schemaExists(c, DEFAULT_SCHEMA) && dialect.tableExists(c, old)) {
      throw new AmbiguousRevisionsException(ref.schema());
    }
  }

  /** Atlas's ambiguity error; {@link #explanation()} is printed to stdout before it. */
  public static final class AmbiguousRevisionsException extends StrataException {
    private static final long serialVersionUID = 1L;
    private final String schema;

    AmbiguousRevisionsException(String schema) {
      super(ErrorCode.REVISIONS, "ambiguous revision table");
      this.schema = schema;
    }

    /** Returns the multi-line explanation that tells the user what to pass. */
    public String explanation() {
      return "We couldn't find a revision table in the connected schema but found one in \n"
          + "the schema 'atlas_schema_revisions' and cannot determine the desired behavior.\n\n"
          + "As a safety guard, we require you to specify whether to use the existing\n"
          + "table in 'atlas_schema_revisions' or create a new one in the connected schema\n"
          + "by providing the '--revisions-schema' flag or deleting the 'atlas_schema_revisions'\n"
          + "schema if it is unused.\n\n"
          + "The connected schema is \""
          + schema
          + "\".\n\n";
    }
  }
}
