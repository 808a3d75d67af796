package dev.strata.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The migration directory flags shared by the migrate commands. */
public final class DirOptions {
  @Option(
      names = "--dir",
      paramLabel = "<url>",
      description = "Select migration directory (default: file://migrations).")
  String dir;

  @Option(
      names = "--dir-format",
      hidden = true,
      paramLabel = "<format>",
      description = "Legacy: the directory format when --dir has no ?format= (atlas, golang-migrate, goose, flyway, liquibase, dbmate).")
  String dirFormat;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /** Returns the settings of the command this mixin belongs to, project file included. */
  Settings settings(CliContext context, String formatKey) {
    return new Settings(context, mixee, null, this, formatKey);
  }
}
