package dev.strata.bench;

import dev.strata.migrate.dir.DirFormat;
import dev.strata.migrate.dir.LocalDir;
import dev.strata.migrate.dir.MigrationDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's migrations, written once per run in three layouts that hold the same SQL bytes:
 * an Atlas directory with {@code atlas.sum}, a Flyway directory ({@code V<n>__name.sql}) and a
 * Liquibase formatted-SQL changelog (one changeset per file). Every file has four statements that
 * PostgreSQL, MariaDB and SQLite all accept: CREATE TABLE, ALTER TABLE ADD COLUMN, CREATE INDEX and
 * a ten-row INSERT.
 */
final class Workload {
  static final int ROWS_PER_INSERT = 10;

  /** The Liquibase changelog's file name inside {@link #liquibaseDir()}. */
  static final String LIQUIBASE_CHANGELOG = "changelog.sql";

  private static final DateTimeFormatter VERSION =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT);
  private static final LocalDateTime FIRST = LocalDateTime.of(2024, 1, 1, 0, 0, 0);

  /** One migration: its Atlas version, its name, and its statements without the final ';'. */
  record Migration(int number, String version, String name, List<String> statements) {
    String atlasFileName() {
      return version + "_" + name + ".sql";
    }

    String flywayFileName() {
      return "V" + number + "__" + name + ".sql";
    }

    /** Returns the file's text: one statement a line, each ending with ';'. */
    String text() {
      StringBuilder b = new StringBuilder();
      for (String s : statements) {
        b.append(s).append(";\n");
      }
      return b.toString();
    }
  }

  private final List<Migration> migrations;
  private final Path atlasDir;
  private final Path flywayDir;
  private final Path liquibaseDir;

  private Workload(List<Migration> migrations, Path root) {
    this.migrations = List.copyOf(migrations);
    this.atlasDir = root.resolve("atlas");
    this.flywayDir = root.resolve("flyway");
    this.liquibaseDir = root.resolve("liquibase");
  }

  /** Returns {@code count} migrations written under {@code root} in all three layouts. */
  static Workload write(Path root, int count) {
    List<Migration> list = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      list.add(migration(i));
    }
    Workload w = new Workload(list, root);
    try {
      w.writeFiles();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w;
  }

  static Migration migration(int i) {
    String table = String.format(Locale.ROOT, "t%05d", i);
    List<String> statements = new ArrayList<>(4);
    statements.add(
        "CREATE TABLE "
            + table
            + " (id bigint NOT NULL, name varchar(100) NOT NULL, amount numeric(12,2) NULL,"
            + " created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (id))");
    statements.add("ALTER TABLE " + table + " ADD COLUMN note varchar(255) NULL");
    statements.add("CREATE INDEX " + table + "_name_idx ON " + table + " (name)");
    StringBuilder insert =
        new StringBuilder("INSERT INTO " + table + " (id, name, amount, note) VALUES ");
    for (int r = 1; r <= ROWS_PER_INSERT; r++) {
      insert
          .append(r == 1 ? "" : ", ")
          .append(
              String.format(
                  Locale.ROOT, "(%d, 'name %d-%d', %d.%02d, 'note %d')", r, i, r, r * 7, r, r));
    }
    statements.add(insert.toString());
    String version = FIRST.plusMinutes(i).format(VERSION);
    return new Migration(i, version, "create_" + table, statements);
  }

  private void writeFiles() throws IOException {
    Files.createDirectories(atlasDir);
    Files.createDirectories(flywayDir);
    Files.createDirectories(liquibaseDir);
    StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n\n");
    for (Migration m : migrations) {
      byte[] bytes = m.text().getBytes(StandardCharsets.UTF_8);
      Files.write(atlasDir.resolve(m.atlasFileName()), bytes);
      Files.write(flywayDir.resolve(m.flywayFileName()), bytes);
      changelog.append("--changeset bench:").append(m.version()).append('\n');
      changelog.append(m.text()).append('\n');
    }
    Files.writeString(liquibaseDir.resolve(LIQUIBASE_CHANGELOG), changelog, StandardCharsets.UTF_8);
    MigrationDirs.rehash(LocalDir.open(atlasDir, DirFormat.ATLAS));
  }

  List<Migration> migrations() {
    return migrations;
  }

  int size() {
    return migrations.size();
  }

  /** Returns the last migration's table, which holds {@link #ROWS_PER_INSERT} rows once applied. */
  String lastTable() {
    return String.format(Locale.ROOT, "t%05d", migrations.size());
  }

  Path atlasDir() {
    return atlasDir;
  }

  Path flywayDir() {
    return flywayDir;
  }

  Path liquibaseDir() {
    return liquibaseDir;
  }
}
