package dev.strata.migrate.history;

import java.time.Instant;
import java.util.List;

/**
 * One row of {@code atlas_schema_revisions}, with Atlas's columns (atlas-compat.md §3.2).
 *
 * @param version the file version; primary key
 * @param description the file description; never updated after insert
 * @param type bit flags of {@link RevisionType}
 * @param applied statements applied so far
 * @param total statements in the file
 * @param executedAt when the revision was first written
 * @param executionTimeNanos execution time in nanoseconds (Go duration)
 * @param error the last error, or null
 * @param errorStmt the statement that failed, or null
 * @param hash the file's atlas.sum hash (base64, no {@code h1:} prefix)
 * @param partialHashes {@code h1:} hashes of the applied statements while partially applied, or
 *     null
 * @param operatorVersion e.g. {@code Strata CLI v0.1.0}
 */
public record Revision(
    String version,
    String description,
    int type,
    long applied,
    long total,
    Instant executedAt,
    long executionTimeNanos,
    String error,
    String errorStmt,
    String hash,
    List<String> partialHashes,
    String operatorVersion) {

  public Revision {
    partialHashes = partialHashes == null ? null : List.copyOf(partialHashes);
  }

  /** Returns true when the file was not fully applied and no {@code migrate set} resolved it. */
  public boolean isPartial() {
    return applied != total && !RevisionType.isResolved(type);
  }

  /** Returns a copy with the given applied count, partial hashes, error and statement. */
  public Revision withProgress(
      long newApplied, List<String> newPartialHashes, String newError, String newErrorStmt) {
    return new Revision(
        version, description, type, newApplied, total, executedAt, executionTimeNanos, newError,
        newErrorStmt, hash, newPartialHashes, operatorVersion);
  }

  /** Returns a copy with another type. */
  public Revision withType(int newType) {
    return new Revision(
        version, description, newType, applied, total, executedAt, executionTimeNanos, error,
        errorStmt, hash, partialHashes, operatorVersion);
  }

  /** Returns a copy with another total statement count. */
  public Revision withTotal(long newTotal) {
    return new Revision(
        version, description, type, applied, newTotal, executedAt, executionTimeNanos, error,
        errorStmt, hash, partialHashes, operatorVersion);
  }

  /** Returns a copy with another execution time and operator. */
  public Revision withExecution(long nanos, String operator) {
    return new Revision(
        version, description, type, applied, total, executedAt, nanos, error, errorStmt, hash,
        partialHashes, operator);
  }

  /** Returns a copy with another file hash. */
  public Revision withHash(String newHash) {
    return new Revision(
        version, description, type, applied, total, executedAt, executionTimeNanos, error,
        errorStmt, newHash, partialHashes, operatorVersion);
  }
}
