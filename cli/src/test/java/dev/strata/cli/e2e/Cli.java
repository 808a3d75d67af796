package dev.strata.cli.e2e;

import dev.strata.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process, as a user would from {@code workDir}, and captures its streams. */
final class Cli {
  private final Path workDir;
  private final Map<String, String> environment;

  Cli(Path workDir) {
    this(workDir, Map.of());
  }

  Cli(Path workDir, Map<String, String> environment) {
    this.workDir = workDir;
    this.environment = environment;
  }

  /** The outcome of one command. */
  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  Result run(String... args) {
    return runWithInput("", args);
  }

  /** Runs {@code args} with {@code input} as standard input (answers to prompts). */
  Result runWithInput(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = Main.run(args, o, e, new java.io.BufferedReader(new java.io.StringReader(input)), environment, workDir);
    }
    return new Result(code, out.toString(), err.toString());
  }
}
