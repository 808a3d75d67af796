/**
 * PostgreSQL's schema support: the {@link dev.strata.driver.postgres.schema.PostgresInspector} that
 * reads a database into the schema model with a constant number of batched catalog queries (kept as
 * {@code .sql} resources beside these classes), the {@link
 * dev.strata.driver.postgres.schema.PostgresPlanWriter} that renders schema changes as PostgreSQL
 * DDL with Atlas's comments, and the {@link dev.strata.driver.postgres.schema.PostgresDiffHooks}.
 *
 * <p>How the model is read: types are {@code format_type}'s text and expressions {@code
 * pg_get_expr}'s, both relative to the connection's {@code search_path} (so a schema-scoped
 * connection reads its own objects unqualified and others qualified, and SQL rendered from the
 * model runs on a connection of the same scope). A serial column (an integer column whose default
 * is {@code nextval} of a sequence it owns, named and parameterised as {@code serial} makes it) is
 * read back as {@code serial}, {@code bigserial} or {@code smallserial} without a default, and its
 * sequence is left out of the schema. Objects the core model has no place for are kept in
 * attributes: domains in schema attributes ({@code domain:<name>}), partitioning in table
 * attributes ({@code partition_by}, {@code partition_of}, {@code partition_bound}), INCLUDE columns
 * as index parts whose {@code extra} is {@code INCLUDE}, and the indexes of a materialized view
 * after its query in the view's definition.
 *
 * <p>Depends on {@code dev.strata.model}, {@code dev.strata.model.change}, {@code dev.strata.plan},
 * {@code dev.strata.spi} and {@code dev.strata.error}; nothing in the core depends on it.
 */
package dev.strata.driver.postgres.schema;
