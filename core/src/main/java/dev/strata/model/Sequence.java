package dev.strata.model;

/**
 * A PostgreSQL sequence.
 *
 * @param name the sequence name
 * @param type the value type ({@code bigint}, {@code integer}, {@code smallint})
 * @param start the start value
 * @param increment the step
 * @param min the minimum value
 * @param max the maximum value
 * @param cycle true when it wraps around
 * @param ownedBy {@code table.column} owning it (serial columns), or empty
 */
public record Sequence(
    String name, String type, long start, long increment, long min, long max, boolean cycle, String ownedBy) {}
