package dev.strata.model;

/**
 * A generated column.
 *
 * @param expr the generation expression
 * @param stored true for STORED, false for VIRTUAL
 */
public record Generated(String expr, boolean stored) {}
