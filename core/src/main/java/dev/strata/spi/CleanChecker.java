package dev.strata.spi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Decides whether a database is clean, with Atlas's rules (atlas-compat.md §4.5 and §7.3). */
public interface CleanChecker {
  /**
   * Returns why the database behind {@code connection} is not clean (Atlas's text, e.g.
   * {@code found table "t" in schema "s"}), or empty when it is clean. The revisions table at
   * {@code revisions} is ignored when not null.
   */
  Optional<String> dirtyReason(Connection connection, RevisionTableRef revisions)
      throws SQLException;
}
