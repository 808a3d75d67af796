package dev.strata.model;

/**
 * A view.
 *
 * @param name the view name
 * @param definition the query as the catalog reports it
 * @param materialized true for a PostgreSQL materialized view
 */
public record View(String name, String definition, boolean materialized) {}
