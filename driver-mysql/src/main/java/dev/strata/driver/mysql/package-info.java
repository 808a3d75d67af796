/**
 * The MySQL and MariaDB driver (one driver, a {@link dev.strata.driver.mysql.Flavor} value): a
 * connection from a {@code mysql://}, {@code maria://} or {@code mariadb://} URL through MariaDB
 * Connector/J, the dialect (quoting, implicit commits, error classification), {@code GET_LOCK}
 * locking, the clean check and {@code atlas_schema_revisions} in Atlas's layout. Catalog queries
 * live in {@code .sql} resources beside these classes. Depends on {@code dev.strata.spi}, {@code
 * dev.strata.url}, {@code dev.strata.error}, {@code dev.strata.sql}, {@code
 * dev.strata.migrate.history} and Connector/J; nothing depends on it except through {@link
 * java.util.ServiceLoader}.
 */
package dev.strata.driver.mysql;
