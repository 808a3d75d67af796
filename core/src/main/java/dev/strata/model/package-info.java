/**
 * The schema model: immutable records from {@link dev.strata.model.Realm} down to columns and
 * indexes. Pure data; depends on the JDK only. Inspectors build it, the differ compares it.
 */
package dev.strata.model;
