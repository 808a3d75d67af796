package dev.strata.cli.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project directory in a temporary folder: real files written there and loaded as the CLI does.
 */
abstract class ProjectFixture {
  @TempDir Path dir;

  /** Writes {@code text} to {@code name} under the project directory. */
  void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Copies the test resource {@code project/<resource>} to {@code atlas.hcl}. */
  void copyResource(String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/project/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      Files.write(dir.resolve("atlas.hcl"), in.readAllBytes());
    }
  }

  /** Returns the default project file loaded for {@code env}, without variables. */
  ProjectConfig load(String env) {
    return load(env, Map.of(), Map.of());
  }

  ProjectConfig load(String env, Map<String, List<String>> vars, Map<String, String> environment) {
    return ProjectFile.load(null, env, vars, environment, dir).orElseThrow();
  }

  /** Returns the only env instance selected by {@code env}. */
  EnvConfig single(String env) {
    List<EnvConfig> envs = load(env).envs();
    assertThat(envs).hasSize(1);
    return envs.get(0);
  }

  /** Returns the project error {@code load} throws. */
  static StrataException projectError(Runnable load) {
    try {
      load.run();
    } catch (StrataException e) {
      assertThat(e.code()).isEqualTo(ErrorCode.PROJECT);
      return e;
    }
    throw new AssertionError("expected a StrataException");
  }
}
