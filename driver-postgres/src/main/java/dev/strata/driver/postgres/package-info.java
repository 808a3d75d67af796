/**
 * The PostgreSQL driver: connection from a {@code postgres://} URL through pgjdbc, dialect
 * (quoting, statements that refuse transactions, error classification), the advisory-lock locker
 * with Atlas's FNV-1 key, the clean check and {@code atlas_schema_revisions} in Atlas's layout.
 * Catalog queries live in {@code .sql} resources beside these classes. Depends on {@code
 * dev.strata.spi}, {@code dev.strata.url}, {@code dev.strata.error}, {@code dev.strata.sql}, {@code
 * dev.strata.migrate.history} and pgjdbc; nothing depends on it except through {@link
 * java.util.ServiceLoader}.
 */
package dev.strata.driver.postgres;
