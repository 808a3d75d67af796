package dev.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command needs from its process: streams, environment variables and the working
 * directory. Passed in so that tests run commands in-process with captured streams.
 */
public record CliContext(
    PrintWriter out,
    PrintWriter err,
    java.io.BufferedReader in,
    Map<String, String> environment,
    Path workingDir) {
  /** Returns {@code path} resolved against the working directory. */
  public Path resolve(String path) {
    Path p = Path.of(path);
    return p.isAbsolute() ? p : workingDir.resolve(p).normalize();
  }
}
