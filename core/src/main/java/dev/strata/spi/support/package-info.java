/**
 * What every driver needs and writes alike: Go-compatible quoting, JSON strings and arrays (for
 * Atlas's revision columns and messages, and the CLI's JSON output), the engine-independent half of
 * the revisions table ({@code RevisionRows}), the leading words of a statement, and loading catalog
 * queries kept as {@code .sql} resources. Depends on the JDK and the core's error, history and spi
 * types only.
 */
package dev.strata.spi.support;
