package dev.strata.spi;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What one look at the catalog says about the revisions table: it lets a read skip {@link
 * RevisionDialect#ensureTable} (and its second catalog query) when nothing is to be created or
 * added, and lets a run read revisions before it knows the directory is valid, since reading
 * changes nothing.
 */
public enum RevisionTableState {
  /** The table (or its schema) does not exist. */
  MISSING,
  /** The table exists but lacks columns that {@link RevisionDialect#ensureTable} would add. */
  OUTDATED,
  /** The table has every column Strata reads and writes. */
  CURRENT;

  /**
   * Returns the state for a table whose columns are {@code existing} (null or empty: missing),
   * given the columns Strata expects.
   */
  public static RevisionTableState of(Collection<String> existing, Collection<String> expected) {
    if (existing == null || existing.isEmpty()) {
      return MISSING;
    }
    Set<String> have = new HashSet<>(existing);
    return have.containsAll(expected) ? CURRENT : OUTDATED;
  }
}
