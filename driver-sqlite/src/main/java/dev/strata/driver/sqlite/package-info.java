/**
 * The SQLite driver: a connection from a {@code sqlite://} URL through the xerial driver (files,
 * and shared-cache in-memory databases), the dialect, the lock file Atlas uses, the clean check and
 * {@code atlas_schema_revisions} in Atlas's layout. Catalog queries live in {@code .sql} resources
 * beside these classes. Depends on {@code dev.strata.spi}, {@code dev.strata.url}, {@code
 * dev.strata.error}, {@code dev.strata.sql}, {@code dev.strata.migrate.history} and sqlite-jdbc;
 * nothing depends on it except through {@link java.util.ServiceLoader}.
 */
package dev.strata.driver.sqlite;
