package dev.strata.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code strata} process entry point: runs the command tree and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    java.io.BufferedReader in =
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
    int code = run(args, out, err, in, System.getenv(), java.nio.file.Path.of("").toAbsolutePath());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs {@code args} as {@link #run(String[], PrintWriter, PrintWriter, java.io.BufferedReader,
   * java.util.Map, java.nio.file.Path)} does, with an empty standard input. */
  public static int run(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      java.util.Map<String, String> environment,
      java.nio.file.Path workingDir) {
    return run(args, out, err, new java.io.BufferedReader(new java.io.StringReader("")), environment, workingDir);
  }

  /**
   * Runs {@code args} with the given streams, environment and working directory and returns the
   * exit code: 0 on success, 1 on any error (Atlas's rule). Tests call this in-process.
   */
  public static int run(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      java.io.BufferedReader in,
      java.util.Map<String, String> environment,
      java.nio.file.Path workingDir) {
    CliContext context = new CliContext(out, err, in, environment, workingDir);
    CommandLine cli = CommandTree.build(context, args);
    return cli.execute(args);
  }
}
