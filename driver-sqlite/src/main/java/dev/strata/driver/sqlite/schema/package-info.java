/**
 * SQLite's schema support: {@link dev.strata.driver.sqlite.schema.SqliteInspector} reads schema
 * {@code main} into the model with a constant number of catalog queries (kept as {@code .sql}
 * resources beside the classes), {@link dev.strata.driver.sqlite.schema.SqlitePlanWriter} renders
 * changes as SQLite DDL (table rebuilds where ALTER TABLE cannot do it), and {@link
 * dev.strata.driver.sqlite.schema.SqliteDiffHooks} tells the differ which texts mean the same.
 * Depends on {@code dev.strata.model}, {@code dev.strata.model.change}, {@code dev.strata.plan},
 * {@code dev.strata.spi}, {@code dev.strata.error} and JDBC; nothing else in the driver depends on
 * it except {@code SqliteDriver}, which hands these classes out.
 */
package dev.strata.driver.sqlite.schema;
