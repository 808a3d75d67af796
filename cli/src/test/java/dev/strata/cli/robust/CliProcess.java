package dev.strata.cli.robust;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The CLI in a JVM of its own ({@code dev.strata.cli.Main} on the test class path), so that it can
 * be killed with SIGKILL at any instant, and so that two of them can compete for a lock. Its stdout
 * is read line by line as it is printed; stderr is collected.
 */
final class CliProcess implements AutoCloseable {
  /** Marks the end of stdout in the line queue. */
  private static final String EOF = new String("<eof>");

  private final Process process;
  private final List<String> command;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final StringBuffer out = new StringBuffer();
  private final StringBuffer err = new StringBuffer();
  private final Thread outReader;
  private final Thread errReader;
  private final long startedAt = System.nanoTime();
  private volatile long exitedAt;
  private final java.util.concurrent.CompletableFuture<Void> exited;
  private boolean eof;

  private CliProcess(Process process, List<String> command) {
    this.process = process;
    this.command = command;
    this.exited = process.onExit().thenRun(() -> exitedAt = System.nanoTime());
    this.outReader = pump(process.getInputStream(), out, true, "strata-stdout");
    this.errReader = pump(process.getErrorStream(), err, false, "strata-stderr");
  }

  /** Starts {@code strata args...} with {@code workDir} as its working directory. */
  static CliProcess start(Path workDir, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A short-lived process: start fast, use little memory.
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-Xshare:auto");
    cmd.add("-Xmx256m");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("dev.strata.cli.Main");
    cmd.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(workDir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    try {
      return new CliProcess(pb.start(), List.of(args));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Thread pump(InputStream in, StringBuffer sink, boolean queue, String name) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                  sink.append(line).append('\n');
                  if (queue) {
                    lines.add(line);
                  }
                }
              } catch (IOException e) {
                // The process was killed: its pipe closed.
              } finally {
                if (queue) {
                  lines.add(EOF);
                }
              }
            },
            name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * Returns the next stdout line, or null at the end of stdout.
   *
   * @throws AssertionError when no line came within {@code timeoutMillis}
   */
  String nextLine(long timeoutMillis) {
    if (eof) {
      return null;
    }
    try {
      String line = lines.poll(timeoutMillis, TimeUnit.MILLISECONDS);
      if (line == null) {
        throw new AssertionError(
            "no output from strata " + command + " within " + timeoutMillis + " ms; so far:\n"
                + out + "--- stderr\n" + err);
      }
      if (line == EOF) {
        eof = true;
        return null;
      }
      return line;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * Reads stdout until a line starting with {@code prefix} has been seen {@code count} times;
   * returns false when stdout ended first.
   */
  boolean awaitLines(String prefix, int count, long timeoutMillis) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    int seen = 0;
    while (seen < count) {
      String line = nextLine(Math.max(1, deadline - System.currentTimeMillis()));
      if (line == null) {
        return false;
      }
      if (line.startsWith(prefix)) {
        seen++;
      }
    }
    return true;
  }

  /** Sends SIGKILL and waits for the process and its streams to end. */
  void kill() {
    process.destroyForcibly();
    awaitExit(30_000);
  }

  /** Returns true while the process runs. */
  boolean alive() {
    return process.isAlive();
  }

  /** Returns the process's id. */
  long pid() {
    return process.pid();
  }

  /**
   * Waits for the process to exit and returns its result.
   *
   * @throws AssertionError when it did not exit within {@code timeoutMillis} (it is killed)
   */
  Cli.Result awaitExit(long timeoutMillis) {
    try {
      if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError(
            "strata " + command + " did not exit within " + timeoutMillis + " ms; output:\n"
                + out + "--- stderr\n" + err);
      }
      exited.get(10, TimeUnit.SECONDS);
      outReader.join(10_000);
      errReader.join(10_000);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    return new Cli.Result(process.exitValue(), out.toString(), err.toString());
  }

  /** Returns System.nanoTime() at the process's start. */
  long startedAt() {
    return startedAt;
  }

  /** Returns System.nanoTime() at the process's exit, once {@link #awaitExit} returned. */
  long exitedAt() {
    return exitedAt;
  }

  /** Returns what the process printed on stdout so far. */
  String out() {
    return out.toString();
  }

  /** Returns what the process printed on stderr so far. */
  String err() {
    return err.toString();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
