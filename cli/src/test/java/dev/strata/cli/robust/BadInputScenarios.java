package dev.strata.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, test 4: bad input changes nothing and gets a clear {@code Error: ...} on stderr with
 * exit code 1 (atlas-compat.md §12, strata.md §6): unknown flags, malformed URLs, unreachable
 * servers (bounded time, never a hang), files that do not scan. The engine-specific cases
 * (passwords, servers that do not answer) live in the subclasses.
 */
abstract class BadInputScenarios extends RobustBase {
  static final String DURATION = "(?:[0-9.]+(?:ns|µs|ms|s|m|h))+";

  final ExecutorService background = Executors.newCachedThreadPool();
  final List<ServerSocket> servers = new ArrayList<>();
  byte[] sumBefore;

  @BeforeEach
  void goodDirectory() throws Exception {
    file("1_first.sql", "CREATE TABLE t1 (id int NOT NULL);\n");
    hash();
    sumBefore = Files.readAllBytes(migrations().resolve("atlas.sum"));
  }

  @AfterEach
  void closeServers() throws IOException {
    for (ServerSocket s : servers) {
      s.close();
    }
    background.shutdownNow();
  }

  /** Returns the engine's URL scheme, e.g. {@code postgres}. */
  abstract String scheme();

  /** Returns a {@code docker://} URL for the engine, as Atlas documents them. */
  abstract String dockerUrl();

  /** Returns a URL of the engine that cannot be connected to (closed port, missing folder). */
  abstract String unreachableUrl() throws IOException;

  /** Asserts that the run failed with one {@code Error: } line, exit code 1, and changed nothing. */
  void assertRefused(Cli.Result r) throws Exception {
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).as(r.toString()).startsWith("Error: ").endsWith("\n");
    assertThat(r.err().split("\n")).as("one error line: %s", r).hasSize(1);
    assertNothingChanged();
  }

  void assertNothingChanged() throws Exception {
    assertThat(db.tables()).as("tables").isEmpty();
    assertThat(db.revisions()).as("revision rows").isEmpty();
    assertThat(Files.readAllBytes(migrations().resolve("atlas.sum"))).isEqualTo(sumBefore);
  }

  @Test
  void unknownFlag() throws Exception {
    Cli.Result r = apply("--no-such-flag");
    assertRefused(r);
    assertThat(r.err()).contains("--no-such-flag");
    assertThat(r.out()).as("no usage dump").isEmpty();
    Cli.Result s = cli.run("migrate", "status", "--url", db.url(), "--bogus=1");
    assertThat(s.exitCode()).isEqualTo(1);
    assertThat(s.err()).startsWith("Error: ").contains("--bogus");
    assertThat(s.out()).isEmpty();
    assertNothingChanged();
  }

  /** Atlas's command framework (cobra/pflag) words it so; strata.md §2 copies error texts. */
  @Test
  void unknownFlagUsesAtlasWording() throws Exception {
    assertThat(apply("--no-such-flag").err()).isEqualTo("Error: unknown flag: --no-such-flag\n");
    assertThat(cli.run("migrate", "status", "--url", db.url(), "--bogus=1").err())
        .isEqualTo("Error: unknown flag: --bogus\n");
  }

  @Test
  void urlWithoutSchemeSeparator() throws Exception {
    Cli.Result r = cli.run("migrate", "apply", "--url", scheme() + "//x");
    assertRefused(r);
    assertThat(r.err()).isEqualTo("Error: sql/sqlclient: missing driver. See: https://atlasgo.io/url\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void urlWithUnknownDriver() throws Exception {
    Cli.Result r = cli.run("migrate", "apply", "--url", "nosuch://x");
    assertRefused(r);
    assertThat(r.err())
        .isEqualTo("Error: sql/sqlclient: unknown driver \"nosuch\". See: https://atlasgo.io/url\n");
    Cli.Result s = cli.run("migrate", "status", "--url", "nosuch://x");
    assertThat(s.err()).isEqualTo(r.err());
  }

  @Test
  void dockerUrlSaysWhatToPassInstead() throws Exception {
    Cli.Result r = cli.run("migrate", "apply", "--url", dockerUrl());
    assertRefused(r);
    assertThat(r.err()).contains("docker://").contains("sqlite://dev?mode=memory")
        .contains(scheme() + "://");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unclosedQuoteNamesFileLineAndColumn() throws Exception {
    file("2_bad.sql",
        "CREATE TABLE t2 (id int NOT NULL);\nINSERT INTO t2 (id) VALUES ('abc);\n");
    hash();
    sumBefore = Files.readAllBytes(migrations().resolve("atlas.sum"));
    Cli.Result r = apply();
    assertRefused(r);
    // The quote that never closes is on line 2, column 29.
    assertThat(r.err()).isEqualTo("Error: 2_bad.sql: 2:29: unclosed quote '\\''\n");
    // atlas-compat.md §4.8: an error before any file ran prints the header, the error, the
    // duration. Nothing ran: not even 1_first.sql, which scans fine.
    assertThat(r.out()).matches(
        "Migrating to version 2 \\(2 migrations in total\\):\n\n    2_bad\\.sql: 2:29: unclosed quote '\\\\''\n\n"
            + "  -------------------------\n  -- " + DURATION + "\n");
  }

  @Test
  void invalidUtf8NamesTheFile() throws Exception {
    byte[] head = "CREATE TABLE t2 (name varchar(10) DEFAULT '".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "');\n".getBytes(StandardCharsets.US_ASCII);
    byte[] content = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, content, 0, head.length);
    content[head.length] = (byte) 0xff;
    content[head.length + 1] = (byte) 0xfe;
    System.arraycopy(tail, 0, content, head.length + 2, tail.length);
    fileBytes("2_bin.sql", content);
    hash();
    sumBefore = Files.readAllBytes(migrations().resolve("atlas.sum"));
    Cli.Result r = apply();
    assertRefused(r);
    // The position is that of the bad byte itself (0-based column, as Atlas counts columns).
    assertThat(r.err()).isEqualTo("Error: 2_bin.sql: 1:43: invalid UTF-8 byte 0xff\n");
  }

  // The directory is checked on a helper thread while the database is contacted: when both are
  // broken, the directory's error must still be the one reported, as if checked first.
  @Test
  void editedFileIsReportedBeforeAnUnreachableDatabase() throws Exception {
    file("1_first.sql", "CREATE TABLE t1 (id bigint NOT NULL);\n");
    String url = unreachableUrl();
    for (String command : new String[] {"apply", "status"}) {
      Cli.Result r = runBounded(30, "migrate", command, "--url", url);
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).as(r.toString()).isEqualTo("Error: checksum mismatch\n");
      assertThat(r.out()).as(r.toString()).contains("L2: 1_first.sql was edited");
    }
    assertNothingChanged();
  }

  /** Returns a loopback port nothing listens on. */
  static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Returns the port of a loopback server that accepts connections and never says a word. */
  int silentServerPort() throws IOException {
    ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    servers.add(server);
    background.submit(
        () -> {
          List<Socket> held = new ArrayList<>();
          try {
            while (true) {
              Socket s = server.accept();
              held.add(s);
              background.submit(() -> drain(s));
            }
          } catch (IOException closed) {
            for (Socket s : held) {
              try {
                s.close();
              } catch (IOException ignored) {
                // closing at the end of the test
              }
            }
          }
          return null;
        });
    return server.getLocalPort();
  }

  private static Void drain(Socket s) {
    try (InputStream in = s.getInputStream()) {
      byte[] b = new byte[4096];
      while (in.read(b) >= 0) {
        // read what the client says, answer nothing
      }
    } catch (IOException ignored) {
      // the client gave up
    }
    return null;
  }

  /** Runs {@code args} in-process with a hard cap, and asserts it ended within {@code seconds}. */
  Cli.Result runBounded(int seconds, String... args) throws Exception {
    long t0 = System.nanoTime();
    Future<Cli.Result> f = background.submit(() -> cli.run(args));
    Cli.Result r = f.get(seconds + 60L, TimeUnit.SECONDS);
    long took = (System.nanoTime() - t0) / 1_000_000;
    log(String.join(" ", args) + " took " + took + " ms: " + r.err().strip());
    assertThat(took).as("ms until strata gave up: %s", r).isLessThan(seconds * 1000L);
    return r;
  }
}
