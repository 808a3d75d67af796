package dev.strata.migrate.dir;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The migration-directory layouts Strata reads and writes (atlas-compat.md §1.1 and §1.5): which
 * files are migrations, their version and description, their order, what {@code migrate new}
 * writes, and which part of a file is the "up" SQL.
 *
 * <p>Whatever the format, {@code atlas.sum} covers the top-level {@code *.sql} files in byte order
 * (see {@link MigrationDir#sumFiles()}), as Atlas does.
 */
public enum DirFormat {
  /** Atlas: top-level {@code *.sql}, {@code <version>[_<description>].sql}, byte order. */
  ATLAS("atlas"),
  /** golang-migrate: top-level {@code *.up.sql} (down files are not migrations). */
  GOLANG_MIGRATE("golang-migrate"),
  /** pressly/goose: as Atlas; only the {@code -- +goose Up} part runs. */
  GOOSE("goose"),
  /** Flyway: {@code V}, {@code B}, {@code R} files in any non-hidden subdirectory. */
  FLYWAY("flyway"),
  /** Liquibase formatted SQL: as Atlas; changeset and rollback lines are comments. */
  LIQUIBASE("liquibase"),
  /** amacneil/dbmate: as Atlas; only the {@code -- migrate:up} part runs. */
  DBMATE("dbmate");

  // Go layout "20060102150405" in UTC; 'uuuu' is the proleptic year, not year-of-era.
  private static final DateTimeFormatter VERSION_TIME =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final String id;

  DirFormat(String id) {
    this.id = id;
  }

  /** Returns the name used in {@code ?format=} and {@code --dir-format} ("golang-migrate"...). */
  public String id() {
    return id;
  }

  /**
   * Returns the format named {@code id}; null or empty means {@link #ATLAS}.
   *
   * @throws StrataException with {@link ErrorCode#BAD_URL}: {@code unknown dir format "x"}
   */
  public static DirFormat fromId(String id) {
    if (id == null || id.isEmpty()) {
      return ATLAS;
    }
    for (DirFormat f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    throw new StrataException(ErrorCode.BAD_URL, "unknown dir format \"" + id + "\"");
  }

  /** Returns true when migration files are also read from subdirectories (Flyway only). */
  public boolean recursive() {
    return this == FLYWAY;
  }

  /**
   * Returns the migration files among {@code paths} in execution order. Paths are relative to the
   * directory with {@code /} separators; for non-recursive formats, paths with a {@code /} are
   * ignored.
   */
  public List<String> select(List<String> paths) {
    if (this == FLYWAY) {
      return FlywaySelector.select(paths);
    }
    String suffix = this == GOLANG_MIGRATE ? ".up.sql" : ".sql";
    List<String> out = new ArrayList<>();
    for (String p : paths) {
      if (p.indexOf('/') < 0 && p.endsWith(suffix)) {
        out.add(p);
      }
    }
    out.sort(MigrationVersions.ORDER);
    return out;
  }

  /**
   * Returns the version of a migration file: the name without {@code .sql} up to the first {@code
   * _} ({@code 1.a_sub.up.sql -> 1.a}); Flyway: {@code V1_1__x.sql -> 1_1}, empty for {@code
   * R__x.sql}.
   */
  public String version(String name) {
    if (this == FLYWAY) {
      return FlywaySelector.version(name);
    }
    String stem = name.endsWith(".sql") ? name.substring(0, name.length() - 4) : name;
    int us = stem.indexOf('_');
    return us < 0 ? stem : stem.substring(0, us);
  }

  /**
   * Returns the description of a migration file: what follows the first {@code _}, without {@code
   * .sql} ({@code 1.a_sub.up.sql -> sub.up}); golang-migrate also drops {@code .up}; Flyway: what
   * follows the first {@code __}. Empty when there is none.
   */
  public String description(String name) {
    if (this == FLYWAY) {
      return FlywaySelector.description(name);
    }
    int us = name.indexOf('_');
    if (us < 0) {
      return "";
    }
    String desc = name.substring(us + 1);
    desc = desc.endsWith(".sql") ? desc.substring(0, desc.length() - 4) : desc;
    if (this == GOLANG_MIGRATE && desc.endsWith(".up")) {
      desc = desc.substring(0, desc.length() - 3);
    }
    return desc;
  }

  /** Returns the migration file {@code name} of this format, reading {@code content} lazily. */
  public MigrationFile file(String name, FileContent content) {
    return new MigrationFile(name, version(name), description(name), content);
  }

  /**
   * Returns the files {@code migrate new [name]} writes for an empty change set at the clock's
   * current UTC second (Atlas's formatters): atlas {@code <ts>[_name].sql}, empty; golang-migrate
   * {@code <ts>[_name].up.sql} and {@code .down.sql}, empty; goose {@code <ts>[_name].sql} with the
   * Up/Down annotations; flyway {@code V<ts>[__name].sql} and {@code U<ts>[__name].sql}, empty;
   * liquibase {@code <ts>[_name].sql} with its header (no newline, as Atlas writes it); dbmate
   * {@code <ts>[_name].sql} with the up/down markers.
   *
   * @param name the name argument, or null or empty for none
   */
  public List<NewFile> newFiles(String name, Clock clock) {
    String ts = VERSION_TIME.format(clock.instant());
    boolean named = name != null && !name.isEmpty();
    String plain = ts + (named ? "_" + name : "");
    switch (this) {
      case GOLANG_MIGRATE:
        return List.of(new NewFile(plain + ".up.sql", ""), new NewFile(plain + ".down.sql", ""));
      case GOOSE:
        return List.of(new NewFile(plain + ".sql", "-- +goose Up\n\n-- +goose Down\n"));
      case FLYWAY:
        String flyway = ts + (named ? "__" + name : "") + ".sql";
        return List.of(new NewFile("V" + flyway, ""), new NewFile("U" + flyway, ""));
      case LIQUIBASE:
        return List.of(new NewFile(plain + ".sql", "--liquibase formatted sql"));
      case DBMATE:
        return List.of(new NewFile(plain + ".sql", "-- migrate:up\n\n-- migrate:down\n"));
      default:
        return List.of(new NewFile(plain + ".sql", ""));
    }
  }

  /**
   * Returns the SQL of a file's "up" part, as chunks for the statement splitter (see {@link
   * SqlChunk}): goose gives one chunk per statement (its own line rule and StatementBegin/End
   * blocks); dbmate one chunk to split holding the lines after {@code -- migrate:up} up to {@code
   * -- migrate:down} (none when the marker is missing); every other format one chunk to split
   * holding the whole text. Blank chunks are left out.
   *
   * @param fileName used in error messages
   * @throws StrataException with {@link ErrorCode#DIRECTORY} for a misplaced goose annotation:
   *     {@code sql/migrate: goose: <file>:<line> unexpected goosePragma 'Down'}
   */
  public List<SqlChunk> upChunks(String fileName, String text) {
    switch (this) {
      case GOOSE:
        return UpSectionReader.goose(fileName, text);
      case DBMATE:
        return UpSectionReader.dbmate(text);
      default:
        return text.isBlank() ? List.of() : List.of(new SqlChunk(text, 1, true));
    }
  }

  /** Returns the "up" chunks of {@code file}, its bytes decoded as UTF-8. */
  public List<SqlChunk> upChunks(MigrationFile file) {
    return upChunks(file.name(), file.text());
  }

  /**
   * Returns this format's migration files among {@code paths}, reading content through the
   * function.
   */
  List<MigrationFile> files(List<String> paths, Function<String, FileContent> content) {
    List<String> names = select(paths);
    List<MigrationFile> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(file(n, content.apply(n)));
    }
    return List.copyOf(out);
  }
}
