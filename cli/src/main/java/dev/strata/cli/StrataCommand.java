package dev.strata.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command, {@code strata}, and the project-file options every command inherits. */
@Command(
    name = "strata",
    mixinStandardHelpOptions = true,
    versionProvider = StrataVersion.class,
    description = {
      "Strata manages database schemas with versioned migrations, compatible with Atlas's",
      "migration directories, atlas.sum and revision table. Databases: SQLite (sqlite://),",
      "PostgreSQL (postgres://), MySQL (mysql://) and MariaDB (maria://, mariadb://)."
    })
public final class StrataCommand implements Runnable {
  @Option(
      names = "--env",
      scope = ScopeType.INHERIT,
      paramLabel = "<name>",
      description = "Set which env from the config file to use.")
  String env;

  @Option(
      names = {"-c", "--config"},
      scope = ScopeType.INHERIT,
      paramLabel = "<url>",
      defaultValue = "file://atlas.hcl",
      description = "Select config file to use (default: ${DEFAULT-VALUE}).")
  String config;

  @Option(
      names = "--var",
      scope = ScopeType.INHERIT,
      paramLabel = "<key=value>",
      description = "Input variables for the config file (repeatable).")
  List<String> vars = new ArrayList<>();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
