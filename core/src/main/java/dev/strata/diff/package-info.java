/**
 * The generic differ: compares two schema models by name and yields {@link
 * dev.strata.model.change.SchemaChange}s, asking the dialect's {@link dev.strata.spi.DiffHooks}
 * where text may differ without meaning. Pure; depends on the model, the changes and the SPI.
 */
package dev.strata.diff;
