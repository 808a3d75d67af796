package dev.strata.migrate.dir;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One migration file of a directory, as its {@link DirFormat} reads it.
 *
 * @param name the file name; for Flyway files in subdirectories, the path relative to the directory
 *     with {@code /} separators (for example {@code v3/V3_1__fourth.sql}). This is the name hashed
 *     into {@code atlas.sum}.
 * @param version the version (any string; compared as a plain string, see {@link
 *     MigrationVersions}); empty for Flyway repeatable files
 * @param description the description, possibly empty
 * @param content where the bytes come from; read lazily
 */
public record MigrationFile(String name, String version, String description, FileContent content) {
  public MigrationFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(content, "content");
  }

  /** Returns a file whose content is held in memory (for tests and generated files). */
  public static MigrationFile of(DirFormat format, String name, byte[] bytes) {
    return format.file(name, FileContent.of(bytes));
  }

  /**
   * Returns the raw bytes of the file, read now (not cached: keep the result).
   *
   * @throws StrataException with {@link ErrorCode#DIRECTORY} when the file cannot be read
   */
  public byte[] bytes() {
    try {
      return content.bytes();
    } catch (IOException e) {
      throw readError(e);
    }
  }

  /**
   * Returns a new stream over the file for large files; the caller closes it.
   *
   * @throws StrataException with {@link ErrorCode#DIRECTORY} when the file cannot be opened
   */
  public InputStream open() {
    try {
      return content.open();
    } catch (IOException e) {
      throw readError(e);
    }
  }

  /** Returns the content decoded as UTF-8 (malformed bytes become U+FFFD). */
  public String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  private StrataException readError(IOException e) {
    return new StrataException(
        ErrorCode.DIRECTORY,
        "sql/migrate: read file \"" + name + "\": " + IoMessages.describe(e),
        e);
  }
}
