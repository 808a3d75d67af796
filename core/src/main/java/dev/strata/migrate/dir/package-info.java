/**
 * The migration directory: {@link dev.strata.migrate.dir.MigrationDir} (on disk or in memory), its
 * {@link dev.strata.migrate.dir.MigrationFile}s, the other tools' layouts ({@link
 * dev.strata.migrate.dir.DirFormat}), the {@code atlas.sum} integrity file ({@link
 * dev.strata.migrate.dir.SumFile}) and its validation ({@link
 * dev.strata.migrate.dir.ChecksumValidator}), and version ordering ({@link
 * dev.strata.migrate.dir.MigrationVersions}). Behaviour follows atlas-compat.md §1.
 *
 * <p>Depends on the JDK, {@code dev.strata.error} and {@code dev.strata.url} (for {@link
 * dev.strata.url.DirUrl}) only. Statement splitting is not done here: {@link
 * dev.strata.migrate.dir.DirFormat#upChunks} hands the "up" SQL of a file to the caller, who splits
 * it with {@code dev.strata.sql}.
 */
package dev.strata.migrate.dir;
