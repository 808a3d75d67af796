package dev.strata.cli;

import picocli.CommandLine.Command;

/** {@code strata migrate}: the versioned-migration commands. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = "Manage versioned migration files.")
public final class MigrateCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
