package dev.strata.cli.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A loaded project file: the env instances selected by {@code --env} and the global policy blocks.
 *
 * @param file the project file that was read, as resolved against the working directory
 * @param envs the selected env instances in file order: several when the env uses {@code for_each}
 *     or its name labels several blocks; empty when no env was selected
 * @param lint the global {@code lint} block as plain data; empty when the file has none
 * @param diff the global {@code diff} block as plain data; empty when the file has none
 */
public record ProjectConfig(
    Path file, List<EnvConfig> envs, Map<String, Object> lint, Map<String, Object> diff) {
  public ProjectConfig {
    envs = List.copyOf(envs);
    lint = EnvConfig.ordered(lint);
    diff = EnvConfig.ordered(diff);
  }
}
