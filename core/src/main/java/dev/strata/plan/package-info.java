/**
 * Plans: the ordered SQL statements that turn one schema model into another. Depends on {@code
 * dev.strata.model}, {@code dev.strata.model.change} and the SPI.
 */
package dev.strata.plan;
