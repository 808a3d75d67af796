/**
 * MySQL's and MariaDB's schema support: {@link dev.strata.driver.mysql.schema.MysqlInspector}
 * reads a server into the schema model with batched {@code information_schema} queries (kept as
 * {@code .sql} resources beside the classes), {@link
 * dev.strata.driver.mysql.schema.MysqlPlanWriter} renders schema changes as DDL, and {@link
 * dev.strata.driver.mysql.schema.MysqlDiffHooks} tells the generic differ what MySQL considers
 * equal. Depends on {@code dev.strata.model}, {@code dev.strata.model.change}, {@code
 * dev.strata.plan}, {@code dev.strata.spi}, {@code dev.strata.error} and {@link
 * dev.strata.driver.mysql.Flavor}; the driver class wires it in.
 */
package dev.strata.driver.mysql.schema;
