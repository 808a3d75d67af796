package dev.strata.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BadInputScenarios} on PostgreSQL: unreachable servers, and a password in the URL that
 * must never be printed (strata.md §6). The local server trusts every password, so a URL with one
 * connects and every output path can be checked.
 */
class PostgresBadInputTest extends BadInputScenarios {
  @Override
  Engine engine() {
    return Engine.POSTGRES;
  }

  @Override
  String scheme() {
    return "postgres";
  }

  @Override
  String dockerUrl() {
    return "docker://postgres/15/dev";
  }

  @Override
  String unreachableUrl() throws java.io.IOException {
    return "postgres://postgres@127.0.0.1:" + closedPort() + "/x?sslmode=disable";
  }

  @Test
  void closedPortFailsFast() throws Exception {
    int port = closedPort();
    String url = "postgres://postgres@127.0.0.1:" + port + "/x?sslmode=disable";
    Cli.Result r = runBounded(30, "migrate", "apply", "--url", url);
    assertRefused(r);
    assertThat(r.err()).containsIgnoringCase("refused").contains("127.0.0.1:" + port);
  }

  @Test
  void serverThatNeverAnswersFailsInBoundedTime() throws Exception {
    int port = silentServerPort();
    String url = "postgres://postgres@127.0.0.1:" + port + "/x?sslmode=disable";
    Cli.Result r = runBounded(30, "migrate", "apply", "--url", url);
    assertRefused(r);
    // A timeout must say which server did not answer.
    assertThat(r.err()).containsIgnoringCase("time").contains("127.0.0.1:" + port);
  }

  @Test
  void passwordNeverShows() throws Exception {
    String pw = "Pw_" + TestDatabases.uniqueName();
    String url = db.url().replaceFirst("^postgres://postgres@", "postgres://postgres:" + pw + "@");
    assertThat(url).contains(pw);
    file("2_second.sql", "CREATE TABLE t2 (id int NOT NULL);\n");
    hash();
    String json = "{{ json . }}";
    List<Cli.Result> outputs = new java.util.ArrayList<>();
    outputs.add(cli.run("migrate", "status", "--url", url));
    outputs.add(cli.run("migrate", "status", "--url", url, "--format", json));
    outputs.add(cli.run("migrate", "apply", "1", "--url", url));
    outputs.add(cli.run("migrate", "apply", "--url", url, "--format", json));
    outputs.add(cli.run("migrate", "status", "--url", url));
    outputs.add(cli.run("migrate", "status", "--url", url, "--format", json));
    file("3_fails.sql", "CREATE TABLE t3 (id int NOT NULL);\nINSERT INTO nosuch VALUES (1);\n");
    hash();
    outputs.add(cli.run("migrate", "apply", "--url", url));
    outputs.add(cli.run("migrate", "apply", "--url", url, "--format", json));
    outputs.add(cli.run("migrate", "apply", "--url", url, "--tx-mode", "none"));
    outputs.add(cli.run("migrate", "status", "--url", url));
    outputs.add(cli.run("migrate", "status", "--url", url, "--format", json));
    // Connection failures: a database that does not exist, a closed port.
    String missingDb = url.replaceFirst("/strata_t_[0-9a-f]+\\?", "/strata_t_missing?");
    outputs.add(cli.run("migrate", "apply", "--url", missingDb));
    outputs.add(cli.run("migrate", "status", "--url", missingDb, "--format", json));
    String closed = "postgres://postgres:" + pw + "@127.0.0.1:" + closedPort() + "/x?sslmode=disable";
    outputs.add(cli.run("migrate", "apply", "--url", closed));
    outputs.add(cli.run("migrate", "apply", "--url", closed, "--format", json));
    outputs.add(cli.run("migrate", "apply", "--url", url + "&connect_timeout=abc"));
    for (Cli.Result r : outputs) {
      assertThat(r.all()).as("an output that must not hold the password:\n%s", r).doesNotContain(pw);
    }
    assertThat(outputs.get(3).exitCode()).as(outputs.get(3).toString()).isZero();
    assertThat(outputs.get(3).out()).as("the JSON report names the target, password masked")
        .contains("postgres://postgres:xxxxx@127.0.0.1:5432/");
    assertThat(outputs.get(8).exitCode()).isEqualTo(1);
    assertThat(outputs.get(11).exitCode()).isEqualTo(1);
    assertThat(outputs.get(11).err()).containsIgnoringCase("strata_t_missing");
    for (List<String> row : db.rows("SELECT * FROM atlas_schema_revisions")) {
      assertThat(String.join("|", row.stream().map(String::valueOf).toList()))
          .as("a revision row").doesNotContain(pw);
    }
  }
}
