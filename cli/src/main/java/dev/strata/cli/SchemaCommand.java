package dev.strata.cli;

import picocli.CommandLine.Command;

/** {@code strata schema}: the declarative workflow. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Work with the schema of a database: inspect it, compare it with a desired state, apply the difference.")
public final class SchemaCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
