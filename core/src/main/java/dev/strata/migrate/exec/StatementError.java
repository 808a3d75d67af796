package dev.strata.migrate.exec;

/**
 * The statement that failed and the driver's error text, as Atlas's JSON shows them.
 *
 * @param stmt the statement text
 * @param text the error text
 */
public record StatementError(String stmt, String text) {}
