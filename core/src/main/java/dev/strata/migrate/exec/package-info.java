/**
 * The migration engine: pending-file planning, transaction modes, statement-level resume,
 * reconnects, status and set. Emits events to an {@link dev.strata.migrate.exec.ApplyListener} and
 * returns result records; never prints. Depends on the SPI, the directory, history and SQL
 * packages, and the JDK.
 */
package dev.strata.migrate.exec;
