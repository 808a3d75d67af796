/**
 * The changes between two schema models: sealed {@link dev.strata.model.change.SchemaChange} and
 * {@link dev.strata.model.change.TableChange} records and the {@link
 * dev.strata.model.change.ChangeVisitor}. Depends on {@code dev.strata.model} only.
 */
package dev.strata.model.change;
