package dev.strata.migrate.dir;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.url.DirUrl;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Opens migration directories from {@link DirUrl}s and runs the directory-only commands. */
public final class MigrationDirs {
  private MigrationDirs() {}

  /**
   * Returns the directory a URL names: a {@link LocalDir} for {@code file://}, a new empty {@link
   * MemDir} for {@code mem://} (use {@link #open(DirUrl, boolean, MemDir.Registry)} to share one).
   *
   * @param createIfMissing true to create a missing local directory ({@code migrate new/diff})
   * @throws StrataException with {@link ErrorCode#DIRECTORY} when the local directory is missing
   *     (and not created) or is not a directory
   */
  public static MigrationDir open(DirUrl url, boolean createIfMissing) {
    return open(url, createIfMissing, new MemDir.Registry());
  }

  /** Returns the directory a URL names, taking {@code mem://} directories from {@code memDirs}. */
  public static MigrationDir open(DirUrl url, boolean createIfMissing, MemDir.Registry memDirs) {
    if (url.kind() == DirUrl.Kind.MEM) {
      return memDirs.open(url.path(), url.format());
    }
    return LocalDir.open(Path.of(url.path()), url.format(), createIfMissing);
  }

  /** Returns the freshly computed sum of {@code dir}, after writing it ({@code migrate hash}). */
  public static SumFile rehash(MigrationDir dir) {
    SumFile sum = SumFile.of(dir);
    dir.writeSum(sum.toBytes());
    return sum;
  }

  /**
   * Returns the files written by {@code migrate new [name]}: the directory is validated first (a
   * checksum error stops everything), then the format's new files are written and {@code atlas.sum}
   * is rewritten.
   *
   * @param name the migration name, or null or empty for none
   * @param clock gives the version (UTC {@code yyyyMMddHHmmss})
   * @throws StrataException as {@link ChecksumValidator#validate} does
   */
  public static List<NewFile> newMigration(MigrationDir dir, String name, Clock clock) {
    ChecksumValidator.validate(dir);
    List<NewFile> files = dir.format().newFiles(name, clock);
    for (NewFile f : files) {
      dir.writeFile(f.name(), f.bytes());
    }
    rehash(dir);
    return files;
  }

  /**
   * Returns {@code name} when it stays inside the directory: relative, {@code /}-separated, no
   * empty, {@code .} or {@code ..} element.
   *
   * @throws StrataException with {@link ErrorCode#DIRECTORY} otherwise
   */
  static String checkName(String name) {
    boolean ok =
        name != null
            && !name.isEmpty()
            && !name.startsWith("/")
            && name.indexOf('\\') < 0
            && name.indexOf('\0') < 0;
    if (ok) {
      for (String part : name.split("/", -1)) {
        if (part.isEmpty() || part.equals(".") || part.equals("..")) {
          ok = false;
          break;
        }
      }
    }
    if (!ok) {
      throw new StrataException(
          ErrorCode.DIRECTORY,
          "invalid migration file name \""
              + name
              + "\": it must be a relative path inside the directory");
    }
    return name;
  }
}
