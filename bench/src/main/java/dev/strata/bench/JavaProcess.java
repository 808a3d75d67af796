package dev.strata.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a whole process (a JVM, or the launcher script) and fails with the tail of its output when
 * it exits with anything but 0. Output goes to a log file, not to a pipe the benchmark must drain.
 */
final class JavaProcess {
  private static final long TIMEOUT_MINUTES = 15;

  private JavaProcess() {}

  /** Returns the path of the {@code java} binary that runs this benchmark. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Returns {@code java <jvmOptions...> <rest...>}. */
  static List<String> javaCommand(List<String> jvmOptions, List<String> rest) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    cmd.addAll(jvmOptions);
    cmd.addAll(rest);
    return cmd;
  }

  /** Runs {@code command} in {@code workDir}, its output in {@code log}; returns its wall time. */
  static long run(List<String> command, Path workDir, Path log)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    long start = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out after " + TIMEOUT_MINUTES + " min: " + command);
    }
    long nanos = System.nanoTime() - start;
    if (p.exitValue() != 0) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
      throw new IllegalStateException(
          "exit code " + p.exitValue() + " from " + String.join(" ", command) + ":\n" + tail);
    }
    return nanos;
  }
}
