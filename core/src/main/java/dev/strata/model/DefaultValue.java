package dev.strata.model;

/**
 * A column default as the catalog reports it, normalised by the dialect.
 *
 * @param expr the SQL text of the default ({@code 0}, {@code 'x'::text}, {@code now()}, {@code
 *     CURRENT_TIMESTAMP})
 */
public record DefaultValue(String expr) {}
