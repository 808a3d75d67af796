package dev.strata.devdb;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.ChecksumValidator;
import dev.strata.migrate.dir.MigrationDir;
import dev.strata.migrate.dir.MigrationDirs;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.exec.DirStatementReader;
import dev.strata.model.Realm;
import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.url.DatabaseUrl;
import dev.strata.url.DirUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the URLs of {@code --from}, {@code --to} and {@code --url} into schema states
 * (atlas-compat.md §7.1): a database is inspected; a migration directory (up to {@code ?version=})
 * or SQL schema files are replayed on the dev database and inspected there.
 */
public final class StateLoader {
  private final DriverRegistry drivers;
  private final Path workingDir;
  private final Supplier<DevDatabase> dev;

  /**
   * @param dev opens the dev database on first use; its supplier throws Atlas's {@code --dev-url
   *     cannot be empty} error when no dev URL was given
   */
  public StateLoader(DriverRegistry drivers, Path workingDir, Supplier<DevDatabase> dev) {
    this.drivers = drivers;
    this.workingDir = workingDir;
    this.dev = dev;
  }

  /**
   * A state and its scope.
   *
   * @param realm the objects
   * @param schema the schema the state is scoped to, or empty for a realm (several schemas)
   * @param driver the driver whose dialect produced it
   */
  public record State(Realm realm, Optional<String> schema, Driver driver) {}

  /** Returns the state the URLs describe; {@code flag} names the flag in error messages. */
  public State load(List<String> urls, String flag, List<String> exclude) {
    if (urls.isEmpty()) {
      throw new StrataException(ErrorCode.USAGE, "required flag(s) \"" + flag + "\" not set");
    }
    List<String> schemes = new ArrayList<>();
    for (String u : urls) {
      int i = u.indexOf("://");
      if (i <= 0) {
        throw new StrataException(ErrorCode.BAD_URL, "missing scheme. Did you mean file://" + u + "?");
      }
      schemes.add(u.substring(0, i));
    }
    for (String s : schemes) {
      if (!s.equals(schemes.get(0))) {
        throw new StrataException(
            ErrorCode.USAGE,
            "got mixed --" + flag + " url schemes: \"" + schemes.get(0) + "\" and \"" + s
                + "\", the desired state must be provided from a single kind of source");
      }
    }
    if (!schemes.get(0).equals("file")) {
      if (urls.size() > 1) {
        throw new StrataException(
            ErrorCode.USAGE,
            "got multiple --" + flag + " urls of scheme \"" + schemes.get(0)
                + "\", only multiple 'file://' urls are supported");
      }
      return inspect(DatabaseUrl.parse(urls.get(0)), exclude);
    }
    if (urls.size() == 1) {
      DirUrl d = DirUrl.parse(urls.get(0));
      Path p = workingDir.resolve(d.path());
      if (Files.isDirectory(p) && isMigrationDir(p, urls.get(0))) {
        return replayDir(d, p, exclude);
      }
    }
    List<DevDatabase.SqlSource> sources = new ArrayList<>();
    for (String u : urls) {
      sources.addAll(sqlSources(workingDir.resolve(DirUrl.parse(u).path())));
    }
    DevDatabase db = dev.get();
    Realm r = db.replaySql(sources);
    return scoped(r, db.driver(), exclude);
  }

  /** Returns the state of a live database, without the revision table and excluded objects. */
  public State inspect(DatabaseUrl url, List<String> exclude) {
    Driver d = drivers.driverFor(url);
    try (Connection c = d.connect()) {
      return scoped(d.inspector().inspect(c, url.schema().map(List::of).orElse(List.of())), d, exclude);
    } catch (SQLException e) {
      throw new StrataException(ErrorCode.CONNECTION, url.mask(e.getMessage()), e);
    }
  }

  private State replayDir(DirUrl d, Path p, List<String> exclude) {
    MigrationDir dir = MigrationDirs.open(new DirUrl(d.raw(), d.kind(), p.toString(), d.format(), d.version()), false);
    if (dir.readSum().isPresent()) {
      ChecksumValidator.validate(dir);
    }
    List<MigrationFile> files = dir.files();
    if (d.version().isPresent()) {
      String v = d.version().get();
      if (files.stream().noneMatch(f -> f.version().equals(v))) {
        throw new StrataException(ErrorCode.USAGE, "migration with version \"" + v + "\" not found");
      }
      files = files.stream().filter(f -> f.version().compareTo(v) <= 0).collect(Collectors.toList());
    }
    DevDatabase db = dev.get();
    Realm r = db.replayFiles(files, new DirStatementReader(d.format(), db.driver().dialect().lexOptions()));
    return scoped(r, db.driver(), exclude);
  }

  private static boolean isMigrationDir(Path p, String url) {
    return Files.exists(p.resolve("atlas.sum"))
        || p.getFileName() != null && p.getFileName().toString().equals("migrations")
        || url.contains("version=")
        || url.contains("format=");
  }

  private static List<DevDatabase.SqlSource> sqlSources(Path p) {
    try {
      if (Files.isDirectory(p)) {
        List<Path> files;
        try (Stream<Path> s = Files.list(p)) {
          files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        boolean sql = files.stream().anyMatch(f -> f.toString().endsWith(".sql"));
        boolean hcl = files.stream().anyMatch(f -> f.toString().endsWith(".hcl"));
        if (sql && hcl) {
          throw new StrataException(ErrorCode.USAGE, "ambiguous schema: both SQL and HCL files found");
        }
        if (hcl) {
          throw hclNotSupported();
        }
        List<DevDatabase.SqlSource> out = new ArrayList<>();
        for (Path f : files) {
          if (f.toString().endsWith(".sql")) {
            out.add(new DevDatabase.SqlSource(f.getFileName().toString(), read(f)));
          }
        }
        return out;
      }
      if (!Files.exists(p)) {
        throw new StrataException(ErrorCode.USAGE, "stat " + p + ": no such file or directory");
      }
      String name = p.getFileName().toString();
      if (name.endsWith(".hcl")) {
        throw hclNotSupported();
      }
      if (!name.endsWith(".sql")) {
        throw new StrataException(ErrorCode.USAGE, "unknown schema file: " + name);
      }
      return List.of(new DevDatabase.SqlSource(name, read(p)));
    } catch (IOException e) {
      throw new StrataException(ErrorCode.DIRECTORY, "reading " + p + ": " + e.getMessage(), e);
    }
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private static StrataException hclNotSupported() {
    return new StrataException(
        ErrorCode.USAGE,
        "HCL schema files are not supported by Strata yet: describe the desired state with SQL files or a migration directory");
  }

  private static State scoped(Realm r, Driver d, List<String> exclude) {
    Optional<String> schema = d.url().schema();
    return new State(RealmFilter.exclude(r, exclude, schema.isPresent()), schema, d);
  }
}
