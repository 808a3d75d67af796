package dev.strata.migrate.exec;

import dev.strata.migrate.dir.MigrationFile;
import dev.strata.sql.Statement;
import java.util.List;

/** Splits a migration file into statements, following the directory's format and dialect. */
@FunctionalInterface
public interface StatementReader {
  /** Returns the file's statements in order; throws a ScanException for malformed SQL. */
  List<Statement> statements(MigrationFile file);
}
