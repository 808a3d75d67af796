package dev.strata.model;

/**
 * A column type as its dialect spells it canonically: the inspector normalises what the catalog
 * says (PostgreSQL {@code character varying(255)}, {@code timestamp with time zone}, {@code
 * integer[]}; MySQL {@code int unsigned}, {@code enum('a','b')}, {@code varchar(255)}; SQLite the
 * declared type as written), so two types are the same exactly when their {@code sql} is equal.
 *
 * @param sql the canonical type text, usable as is in DDL
 */
public record ColumnType(String sql) {}
