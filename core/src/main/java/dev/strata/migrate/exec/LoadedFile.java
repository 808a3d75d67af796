package dev.strata.migrate.exec;

import dev.strata.migrate.dir.MigrationFile;
import dev.strata.sql.Statement;
import java.util.List;

/**
 * A pending file read and split, ready to run.
 *
 * @param file the migration file
 * @param statements its statements in order
 * @param txMode the effective transaction mode (global mode or the file's directive)
 * @param hash the file's atlas.sum hash (base64, no prefix)
 * @param statementHashes cumulative {@code h1:} hashes of the statements (atlas-compat.md §3.4)
 */
record LoadedFile(
    MigrationFile file,
    List<Statement> statements,
    TxMode txMode,
    String hash,
    List<String> statementHashes) {}
