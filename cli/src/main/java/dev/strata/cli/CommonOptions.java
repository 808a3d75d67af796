package dev.strata.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The flags of the migrate commands that talk to a database: url, dir, revisions schema, format. */
public final class CommonOptions {
  @Option(
      names = {"-u", "--url"},
      paramLabel = "<url>",
      description = "[driver://username:password@address/dbname?param=value] select a resource using the URL format.")
  String url;

  @Mixin DirOptions dirOptions;

  @Option(
      names = "--revisions-schema",
      paramLabel = "<schema>",
      description = "Name of the schema the revisions table resides in.")
  String revisionsSchema;

  @Option(
      names = {"--format", "--log"},
      paramLabel = "<template>",
      description = "Go template to use to format the output, e.g. '{{ json . }}'.")
  String format;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /** Returns the settings of the command this mixin belongs to, project file included. */
  Settings settings(CliContext context, String formatKey) {
    return new Settings(context, mixee, this, dirOptions, formatKey);
  }
}
