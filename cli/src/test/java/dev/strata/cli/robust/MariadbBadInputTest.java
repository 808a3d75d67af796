package dev.strata.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import dev.strata.url.DatabaseUrl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BadInputScenarios} on MariaDB: unreachable servers, a wrong password, and a right one
 * that must never be printed (strata.md §6).
 */
class MariadbBadInputTest extends BadInputScenarios {
  @Override
  Engine engine() {
    return Engine.MARIADB;
  }

  @Override
  String scheme() {
    return "mysql";
  }

  @Override
  String dockerUrl() {
    return "docker://maria/10.11/dev";
  }

  @Override
  String unreachableUrl() throws java.io.IOException {
    return "mysql://root@127.0.0.1:" + closedPort() + "/x";
  }

  @Test
  void closedPortFailsFast() throws Exception {
    int port = closedPort();
    String url = "mysql://root@127.0.0.1:" + port + "/x";
    Cli.Result r = runBounded(30, "migrate", "apply", "--url", url);
    assertRefused(r);
    assertThat(r.err()).containsIgnoringCase("refused").contains("127.0.0.1:" + port);
  }

  @Test
  void serverThatNeverAnswersFailsInBoundedTime() throws Exception {
    int port = silentServerPort();
    String url = "mysql://root@127.0.0.1:" + port + "/x";
    Cli.Result r = runBounded(30, "migrate", "apply", "--url", url);
    assertRefused(r);
    // A timeout must say which server did not answer.
    assertThat(r.err()).containsIgnoringCase("time").contains("127.0.0.1:" + port);
  }

  String userUrl(String user, String password) {
    DatabaseUrl u = DatabaseUrl.parse(db.url());
    return "mysql://" + user + ":" + password + "@127.0.0.1:" + (u.port() < 0 ? 3306 : u.port())
        + "/" + u.path();
  }

  @Test
  void wrongPasswordIsAClearErrorWithoutThePassword() throws Exception {
    String right = "Right_" + TestDatabases.uniqueName();
    String wrong = "Wrong_" + TestDatabases.uniqueName();
    String user = dbs.mariadbUser(right);
    String url = userUrl(user, wrong);
    List<Cli.Result> outputs = new ArrayList<>();
    outputs.add(cli.run("migrate", "apply", "--url", url));
    outputs.add(cli.run("migrate", "apply", "--url", url, "--format", "{{ json . }}"));
    outputs.add(cli.run("migrate", "status", "--url", url));
    outputs.add(cli.run("migrate", "status", "--url", url, "--format", "{{ json . }}"));
    for (Cli.Result r : outputs) {
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.all()).as(r.toString()).doesNotContain(wrong).doesNotContain(right);
    }
    Cli.Result first = outputs.get(0);
    assertRefused(first);
    assertThat(first.err()).as(first.toString()).contains("Access denied for user '" + user + "'");
    assertThat(first.out()).isEmpty();
  }

  @Test
  void rightPasswordNeverShows() throws Exception {
    String pw = "Pw_" + TestDatabases.uniqueName();
    String user = dbs.mariadbUser(pw);
    String schema = DatabaseUrl.parse(db.url()).path();
    db.exec("GRANT ALL PRIVILEGES ON " + schema + ".* TO '" + user + "'@'%'");
    String url = userUrl(user, pw);
    file("2_fails.sql", "CREATE TABLE t2 (id int NOT NULL);\nINSERT INTO nosuch VALUES (1);\n");
    hash();
    String json = "{{ json . }}";
    List<Cli.Result> outputs = new ArrayList<>();
    outputs.add(cli.run("migrate", "apply", "1", "--url", url, "--format", json));
    outputs.add(cli.run("migrate", "apply", "--url", url));
    outputs.add(cli.run("migrate", "apply", "--url", url, "--format", json));
    outputs.add(cli.run("migrate", "status", "--url", url));
    outputs.add(cli.run("migrate", "status", "--url", url, "--format", json));
    // No privilege on another database.
    outputs.add(cli.run("migrate", "apply", "--url", url.replace("/" + schema, "/mysql")));
    for (Cli.Result r : outputs) {
      assertThat(r.all()).as("an output that must not hold the password:\n%s", r).doesNotContain(pw);
    }
    assertThat(outputs.get(0).exitCode()).as(outputs.get(0).toString()).isZero();
    assertThat(outputs.get(0).out()).as("the JSON report names the target, password masked")
        .contains("mysql://" + user + ":xxxxx@127.0.0.1:");
    assertThat(outputs.get(1).exitCode()).isEqualTo(1);
    assertThat(outputs.get(5).exitCode()).isEqualTo(1);
    for (List<String> row : db.rows("SELECT * FROM atlas_schema_revisions")) {
      assertThat(String.join("|", row.stream().map(String::valueOf).toList()))
          .as("a revision row").doesNotContain(pw);
    }
  }
}
