package dev.strata.cli.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link BadInputScenarios} on SQLite, whose "unreachable server" is a file it cannot open. */
class SqliteBadInputTest extends BadInputScenarios {
  @Override
  Engine engine() {
    return Engine.SQLITE;
  }

  @Override
  String scheme() {
    return "sqlite";
  }

  @Override
  String dockerUrl() {
    return "docker://postgres/15/dev";
  }

  @Override
  String unreachableUrl() {
    return "sqlite://" + work.resolve("no-such-dir").resolve("app.db");
  }

  @Test
  void databaseInAMissingDirectory() throws Exception {
    Path missing = work.resolve("no-such-dir").resolve("app.db");
    Cli.Result r = runBounded(30, "migrate", "apply", "--url", "sqlite://" + missing);
    assertRefused(r);
    assertThat(Files.exists(missing.getParent())).isFalse();
  }

  @Test
  void fileThatIsNotADatabase() throws Exception {
    Path notDb = work.resolve("notes.db");
    String text = "these are notes, not a database\n".repeat(200);
    Files.writeString(notDb, text, StandardCharsets.UTF_8);
    Cli.Result r = runBounded(30, "migrate", "apply", "--url", "sqlite://" + notDb);
    assertRefused(r);
    assertThat(r.err()).containsIgnoringCase("not a database");
    assertThat(Files.readString(notDb, StandardCharsets.UTF_8)).isEqualTo(text);
  }
}
