/**
 * The statement splitter: turns a migration file into {@link dev.strata.sql.Statement}s exactly as
 * Atlas's scanner does (atlas-compat.md §2), per dialect through {@link dev.strata.sql.LexOptions},
 * and reads file and statement directives ({@link dev.strata.sql.Directives}).
 *
 * <p>Public entry points: {@link dev.strata.sql.StatementScanner} (streaming, for files of any
 * size), {@link dev.strata.sql.Splitter} (text in memory), {@link dev.strata.sql.ScanException}.
 * Inside, a hand-written scanner: {@code CharSource} (buffered characters, byte/line/column
 * positions, strict UTF-8), {@code Skipper} (the {@code skipX(position) -> end} helpers), {@code
 * Lexer} (cuts the input into segments at the delimiter) and {@code BlockRule} (the documented
 * state table that joins segments into {@code BEGIN ... END} blocks). No regular expressions.
 *
 * <p>Depends on the JDK and {@code dev.strata.error} only.
 */
package dev.strata.sql;
