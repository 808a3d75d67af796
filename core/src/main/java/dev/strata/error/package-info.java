/**
 * The exception root ({@link dev.strata.error.StrataException}) and its stable codes. Depends on the
 * JDK only; every other package may use it.
 */
package dev.strata.error;
