package dev.strata.migrate.dir;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An in-memory migration directory, for tests and {@code mem://} URLs. Names may contain {@code /}
 * (a file in a subdirectory, seen only by Flyway's recursive listing). Thread-safe; contents are
 * copied in and out, so callers cannot change a stored file.
 */
public final class MemDir implements MigrationDir {
  private final String name;
  private final DirFormat format;
  // Shared between views of the same directory (withFormat, Registry); guarded by itself.
  private final SortedMap<String, byte[]> store;

  /** Returns an empty, unnamed Atlas-format directory. */
  public MemDir() {
    this("", DirFormat.ATLAS);
  }

  /** Returns an empty directory named {@code name} read with {@code format}. */
  public MemDir(String name, DirFormat format) {
    this(name, format, new TreeMap<>(MigrationVersions.ORDER));
  }

  private MemDir(String name, DirFormat format, SortedMap<String, byte[]> store) {
    this.name = Objects.requireNonNull(name, "name");
    this.format = Objects.requireNonNull(format, "format");
    this.store = store;
  }

  /** Returns a view of the same files read with another format. */
  public MemDir withFormat(DirFormat other) {
    return new MemDir(name, other, store);
  }

  /** Returns this directory after writing {@code text} (UTF-8) as file {@code fileName}. */
  public MemDir put(String fileName, String text) {
    writeFile(fileName, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Returns true when the file existed and was removed. */
  public boolean remove(String fileName) {
    synchronized (store) {
      return store.remove(fileName) != null;
    }
  }

  /** Returns the names of every stored file (atlas.sum included), in byte order. */
  public List<String> names() {
    synchronized (store) {
      return List.copyOf(store.keySet());
    }
  }

  /** Returns the directory's name (the {@code name} of {@code mem://name}). */
  public String name() {
    return name;
  }

  @Override
  public DirFormat format() {
    return format;
  }

  @Override
  public List<MigrationFile> files() {
    return format.files(names(), this::content);
  }

  @Override
  public List<MigrationFile> sumFiles() {
    return DirFormat.ATLAS.files(names(), this::content);
  }

  @Override
  public Optional<byte[]> readSum() {
    synchronized (store) {
      byte[] b = store.get(SumFile.FILE_NAME);
      return b == null ? Optional.empty() : Optional.of(b.clone());
    }
  }

  @Override
  public void writeSum(byte[] content) {
    writeFile(SumFile.FILE_NAME, content);
  }

  @Override
  public void writeFile(String fileName, byte[] content) {
    String checked = MigrationDirs.checkName(fileName);
    synchronized (store) {
      store.put(checked, content.clone());
    }
  }

  @Override
  public String displayName() {
    return "mem://" + name;
  }

  @Override
  public String toString() {
    return "MemDir[" + name + ", " + format.id() + "]";
  }

  private FileContent content(String fileName) {
    synchronized (store) {
      byte[] b = store.get(fileName);
      if (b == null) {
        throw new StrataException(
            ErrorCode.DIRECTORY,
            "sql/migrate: read file \"" + fileName + "\": file does not exist");
      }
      return FileContent.of(b);
    }
  }

  /**
   * In-memory directories by name, so every {@code mem://name} opened through the same registry
   * sees the same files (Atlas keeps one such table per process; Strata lets the caller own it).
   */
  public static final class Registry {
    private final Map<String, SortedMap<String, byte[]>> stores = new HashMap<>();

    /** Returns the directory {@code name}, created empty on first use, read with {@code format}. */
    public synchronized MemDir open(String name, DirFormat format) {
      SortedMap<String, byte[]> store =
          stores.computeIfAbsent(name, n -> new TreeMap<>(MigrationVersions.ORDER));
      return new MemDir(name, format, store);
    }

    /** Returns the names of the directories opened so far. */
    public synchronized List<String> names() {
      return new ArrayList<>(stores.keySet());
    }
  }
}
