/**
 * The interfaces a database driver implements: {@link dev.strata.spi.Driver} and its roles. Owned
 * by the core; drivers depend on this package, never the reverse. Depends on the JDK, {@code
 * dev.strata.url}, {@code dev.strata.sql} and {@code dev.strata.migrate.history}.
 */
package dev.strata.spi;
