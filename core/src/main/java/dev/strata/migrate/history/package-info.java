/**
 * The revision table's rows ({@link dev.strata.migrate.history.Revision}) and their type flags.
 * Pure data; depends on the JDK only.
 */
package dev.strata.migrate.history;
