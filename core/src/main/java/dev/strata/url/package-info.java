/**
 * Database and directory URLs: parsing, schema or realm scope, and password masking. Depends on the
 * JDK and {@code dev.strata.error} only.
 */
package dev.strata.url;
