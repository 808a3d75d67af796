/**
 * The dev database: replays migration directories and SQL schema files into an empty database to
 * compute a state, then restores it. Also the realm filter for {@code --exclude}. Depends on the
 * SPI, the model, the differ and the planner.
 */
package dev.strata.devdb;
