/**
 * Small text helpers every driver needs: Go-compatible quoting and JSON arrays (for Atlas's
 * revision columns and messages), the leading words of a statement, and loading catalog queries
 * kept as {@code .sql} resources. Depends on the JDK only.
 */
package dev.strata.spi.support;
