package dev.strata.cli;

import dev.strata.cli.project.EnvConfig;
import dev.strata.cli.project.InputVariables;
import dev.strata.cli.project.ProjectConfig;
import dev.strata.cli.project.ProjectFile;
import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.MigrationDir;
import dev.strata.migrate.dir.MigrationDirs;
import dev.strata.migrate.exec.DirStatementReader;
import dev.strata.migrate.exec.StatementReader;
import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import dev.strata.url.DatabaseUrl;
import dev.strata.url.DirUrl;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The values a command runs with: its flags, filled in from the selected env of the project file
 * where the user did not set them (CLI flags win, as with Atlas).
 */
final class Settings {
  private final CliContext context;
  private final CommandSpec spec;
  private final CommonOptions common;
  private final DirOptions dirOptions;
  private final String formatKey;
  private Optional<EnvConfig> env;

  Settings(
      CliContext context, CommandSpec spec, CommonOptions common, DirOptions dirOptions, String formatKey) {
    this.context = context;
    this.spec = spec;
    this.common = common;
    this.dirOptions = dirOptions;
    this.formatKey = formatKey;
  }

  /** Returns the selected env of the project file, or empty when no project file applies. */
  Optional<EnvConfig> env() {
    if (env == null) {
      StrataCommand root = (StrataCommand) spec.root().userObject();
      Map<String, List<String>> vars = InputVariables.parseFlags(root.vars);
      Optional<ProjectConfig> project =
          ProjectFile.load(root.config, root.env, vars, context.environment(), context.workingDir());
      env = project.flatMap(p -> p.envs().stream().findFirst());
    }
    return env;
  }

  /**
   * Returns the flag's value when set, else the env's, else {@code fallback}.
   *
   * @param name the setting's name: url, dev, dir, dir-format, baseline, revisions-schema,
   *     lock-timeout, exec-order
   */
  String value(String name, String flagValue, String fallback) {
    if (flagValue != null && !flagValue.isEmpty()) {
      return flagValue;
    }
    Optional<String> fromEnv = env().flatMap(e -> Optional.ofNullable(envValue(e, name)));
    return fromEnv.filter(v -> !v.isEmpty()).orElse(fallback);
  }

  private static String envValue(EnvConfig e, String name) {
    switch (name) {
      case "url":
        return e.url();
      case "dev":
        return e.dev();
      case "dir":
        return e.migration() == null ? null : e.migration().dir();
      case "dir-format":
        return e.migration() == null ? null : e.migration().format();
      case "baseline":
        return e.migration() == null ? null : e.migration().baseline();
      case "revisions-schema":
        return e.migration() == null ? null : e.migration().revisionsSchema();
      case "lock-timeout":
        return e.migration() == null ? null : e.migration().lockTimeout();
      case "exec-order":
        return e.migration() == null ? null : e.migration().execOrder();
      default:
        return null;
    }
  }

  /** Returns the target database URL; throws Atlas's error when neither flag nor env sets it. */
  DatabaseUrl url() {
    String url = value("url", common == null ? null : common.url, null);
    if (url == null) {
      throw new StrataException(ErrorCode.USAGE, "required flag \"url\" not set");
    }
    return DatabaseUrl.parse(url);
  }

  /** Returns the driver for {@link #url()}. */
  Driver driver() {
    return DriverRegistry.load().driverFor(url());
  }

  /** Returns the directory URL, with the legacy --dir-format applied. */
  DirUrl dirUrl() {
    String dir = value("dir", dirOptions.dir, "file://migrations");
    String format = value("dir-format", dirOptions.dirFormat, null);
    return format == null ? DirUrl.parse(dir) : DirUrl.withDefaultFormat(dir, format);
  }

  /** Returns the migration directory, resolved against the working directory. */
  MigrationDir dir(boolean create) {
    DirUrl url = dirUrl();
    if (url.kind() == DirUrl.Kind.FILE) {
      url = new DirUrl(url.raw(), url.kind(), context.resolve(url.path()).toString(), url.format(), url.version());
    }
    return MigrationDirs.open(url, create);
  }

  /** Returns the directory URL as it may be printed. */
  String dirDisplay() {
    return dirUrl().raw();
  }

  /** Returns the revisions schema flag or env value, or null. */
  String revisionsSchema() {
    return value("revisions-schema", common == null ? null : common.revisionsSchema, null);
  }

  /** Returns the --format template, or the env's format for this command, or null. */
  String format() {
    if (common != null && common.format != null) {
      return common.format;
    }
    return env().map(e -> e.formats().get(formatKey)).orElse(null);
  }

  /** Returns the splitter for the directory's format and the driver's dialect. */
  StatementReader statementReader(Driver driver) {
    return new DirStatementReader(dirUrl().format(), driver.dialect().lexOptions());
  }
}
