package dev.strata.migrate.dir;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.util.List;
import java.util.Optional;

/**
 * A migration directory: its files read through a {@link DirFormat}, its {@code atlas.sum}, and
 * writes. Implementations: {@link LocalDir} (a folder) and {@link MemDir} (in memory). Methods
 * throw {@link StrataException} with {@link ErrorCode#DIRECTORY} when the storage fails.
 */
public interface MigrationDir {

  /** Returns the format the files are read with; never null. */
  DirFormat format();

  /**
   * Returns the migration files in execution order, as the format selects and sorts them (Atlas:
   * top-level {@code *.sql} in byte order); empty when there are none. Contents are read lazily.
   */
  List<MigrationFile> files();

  /**
   * Returns the files {@code atlas.sum} covers, in hashing order: the top-level {@code *.sql} files
   * in byte order, with Atlas's names, versions and descriptions, whatever the format. Atlas hashes
   * a golang-migrate directory's down files and a Flyway directory's undo files too, and never
   * Flyway files in subdirectories; Strata does the same so either tool accepts the other's sum.
   * For {@link DirFormat#ATLAS} the list equals {@link #files()}.
   */
  List<MigrationFile> sumFiles();

  /** Returns the content of {@code atlas.sum}, or empty when the directory has none. */
  Optional<byte[]> readSum();

  /** Writes {@code atlas.sum}, replacing it atomically where the storage allows. */
  void writeSum(byte[] content);

  /**
   * Writes (creates or replaces) the file {@code name}, relative to the directory.
   *
   * @throws StrataException with {@link ErrorCode#DIRECTORY} for a name that leaves the directory
   *     (absolute, or with a {@code ..} element) or when the write fails
   */
  void writeFile(String name, byte[] content);

  /** Returns a short, printable name: the path as given, or {@code mem://name}. */
  String displayName();
}
