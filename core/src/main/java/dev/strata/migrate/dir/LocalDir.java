package dev.strata.migrate.dir;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A migration directory on the local file system. Files are listed on every call (nothing is
 * cached) and read lazily; writes go to a temporary file in the same folder that is then moved over
 * the target, so a crash never leaves a half-written {@code atlas.sum} or migration file.
 */
public final class LocalDir implements MigrationDir {
  private final Path path;
  private final DirFormat format;

  private LocalDir(Path path, DirFormat format) {
    this.path = path;
    this.format = format;
  }

  /**
   * Returns the directory at {@code path}, read with {@code format}.
   *
   * @param create true to create the directory (and its parents) when it does not exist, as {@code
   *     migrate new} and {@code migrate diff} do
   * @throws StrataException with {@link ErrorCode#DIRECTORY} and Atlas's wording: {@code
   *     sql/migrate: stat <path>: no such file or directory}, or {@code sql/migrate: "<path>" is
   *     not a dir}
   */
  public static LocalDir open(Path path, DirFormat format, boolean create) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    if (!Files.exists(path)) {
      if (!create) {
        throw new StrataException(
            ErrorCode.DIRECTORY, "sql/migrate: stat " + path + ": no such file or directory");
      }
      try {
        Files.createDirectories(path);
      } catch (IOException e) {
        throw new StrataException(
            ErrorCode.DIRECTORY, "mkdir " + path + ": " + IoMessages.describe(e), e);
      }
    }
    if (!Files.isDirectory(path)) {
      throw new StrataException(ErrorCode.DIRECTORY, "sql/migrate: \"" + path + "\" is not a dir");
    }
    return new LocalDir(path, format);
  }

  /**
   * Returns the existing directory at {@code path}; see {@link #open(Path, DirFormat, boolean)}.
   */
  public static LocalDir open(Path path, DirFormat format) {
    return open(path, format, false);
  }

  /** Returns the directory's path, as given. */
  public Path path() {
    return path;
  }

  @Override
  public DirFormat format() {
    return format;
  }

  @Override
  public List<MigrationFile> files() {
    return format.files(format.recursive() ? walk() : topLevel(), this::content);
  }

  @Override
  public List<MigrationFile> sumFiles() {
    return DirFormat.ATLAS.files(topLevel(), this::content);
  }

  /**
   * The files {@code atlas.sum} covers, and the stamp of every regular top-level file (the sum file
   * among them) taken by the same listing; see {@link #stampedSumFiles()}.
   *
   * @param files as {@link #sumFiles()}
   * @param stamps by file name; a file system without Unix attributes gives none
   */
  public record StampedListing(List<MigrationFile> files, Map<String, FileStamp> stamps) {}

  /**
   * As {@link #sumFiles()}, with the stamps the listing read anyway (one {@code stat} per entry
   * tells a regular file), so a caller can tell an unchanged directory without reading it.
   */
  public StampedListing stampedSumFiles() {
    Map<String, FileStamp> stamps = new HashMap<>();
    List<String> names = topLevel(stamps);
    return new StampedListing(DirFormat.ATLAS.files(names, this::content), stamps);
  }

  @Override
  public Optional<byte[]> readSum() {
    Path sum = path.resolve(SumFile.FILE_NAME);
    try {
      return Optional.of(Files.readAllBytes(sum));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StrataException(
          ErrorCode.DIRECTORY, "read " + sum + ": " + IoMessages.describe(e), e);
    }
  }

  @Override
  public void writeSum(byte[] content) {
    writeFile(SumFile.FILE_NAME, content);
  }

  @Override
  public void writeFile(String name, byte[] content) {
    Path target = path.resolve(MigrationDirs.checkName(name));
    contents.remove(name);
    Path parent = target.getParent();
    if (!Files.isDirectory(parent)) {
      throw new StrataException(
          ErrorCode.DIRECTORY, "open " + target + ": no such file or directory");
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
      Files.write(tmp, content);
      setPermissions(tmp, target);
      try {
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new StrataException(
          ErrorCode.DIRECTORY, "write " + target + ": " + IoMessages.describe(e), e);
    }
  }

  @Override
  public String displayName() {
    return path.toString();
  }

  @Override
  public String toString() {
    return "LocalDir[" + path + ", " + format.id() + "]";
  }

  // One content object per file for the life of this directory object: every listing shares it,
  // so a small file's bytes are read once per command.
  // Sized for a directory of a thousand files: growing it there cost a tenth of a listing.
  private final Map<String, FileContent> contents = new ConcurrentHashMap<>(2048);

  private FileContent content(String name) {
    return contents.computeIfAbsent(name, n -> new FileContent.Cached(path.resolve(n)));
  }

  // Regular files (symbolic links followed) directly in the directory.
  private List<String> topLevel() {
    return topLevel(null);
  }

  // As topLevel(), and each file's stamp into stamps: the same one stat per entry, but reading
  // the attributes by name costs about a microsecond more per file, so only callers who need
  // the stamps pay it.
  private List<String> topLevel(Map<String, FileStamp> stamps) {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
      for (Path p : entries) {
        if (stamps == null) {
          if (Files.isRegularFile(p)) {
            names.add(p.getFileName().toString());
          }
          continue;
        }
        FileStamp.Read read = FileStamp.read(p);
        if (read.kind() != FileStamp.Kind.OTHER) {
          String name = p.getFileName().toString();
          names.add(name);
          if (read.stamp() != null) {
            stamps.put(name, read.stamp());
          }
        }
      }
    } catch (IOException e) {
      throw listError(e);
    }
    return names;
  }

  // Every regular file below the directory, '/'-separated, not descending into hidden directories
  // or through symbolic links to directories (Go's WalkDir).
  private List<String> walk() {
    List<String> names = new ArrayList<>();
    walk(path, "", names);
    return names;
  }

  private void walk(Path dir, String prefix, List<String> names) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          if (!name.startsWith(".")) {
            walk(p, prefix + name + "/", names);
          }
        } else if (Files.isRegularFile(p)) {
          names.add(prefix + name);
        }
      }
    } catch (IOException e) {
      throw listError(e);
    }
  }

  private StrataException listError(IOException e) {
    return new StrataException(
        ErrorCode.DIRECTORY, "sql/migrate: read dir " + path + ": " + IoMessages.describe(e), e);
  }

  // Temporary files are created owner-only; give the result the replaced file's permissions, or
  // rw-r--r-- as Atlas's os.WriteFile(0644) does for a new file.
  private static void setPermissions(Path tmp, Path target) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> perms =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    view.setPermissions(perms);
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp == null) {
      return;
    }
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // The write already failed; that error is the one worth reporting.
    }
  }
}
