package dev.strata.cli.project;

import dev.strata.cli.project.AtlasHclParser.Each;
import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Loads Atlas's project file ({@code atlas.hcl}) with hcl4j, the way Atlas's {@code EnvByName}
 * does: config URL checks, input variables, env selection and {@code for_each}.
 *
 * <p>hcl4j evaluates a whole file at once and has no notion of Atlas's evaluation order, so a load
 * parses the text in passes: (1) to read the {@code variable} blocks and compute every variable's
 * value; (2) with those values, to evaluate locals, globals and the envs; (3) for an env with
 * {@code for_each}, once more per element with {@code each} bound. Envs that were not selected are
 * evaluated too but never decoded, so their unresolved references (which Atlas never evaluates) do
 * not fail the load.
 */
public final class ProjectFile {
  /** Atlas's default config URL. */
  public static final String DEFAULT_CONFIG_URL = "file://atlas.hcl";

  private final Path path;
  private final String fileName;
  private final String text;
  private final Map<String, String> environment;
  private final String envName;

  private ProjectFile(
      Path path, String fileName, String text, Map<String, String> environment, String envName) {
    this.path = path;
    this.fileName = fileName;
    this.text = text;
    this.environment = environment;
    this.envName = envName;
  }

  /**
   * Returns the project file's selected envs and global blocks; empty when the default config
   * ({@code file://atlas.hcl}) does not exist and no env was selected, as Atlas then runs without a
   * project file.
   *
   * @param configUrl the {@code --config} URL; null means {@link #DEFAULT_CONFIG_URL}
   * @param envName the {@code --env} name; null or empty selects no env (only the global blocks are
   *     loaded)
   * @param vars the {@code --var} values by name (see {@link InputVariables#parseFlags})
   * @param environment the process environment, read by {@code getenv()}
   * @param workingDir the directory relative config paths resolve against
   * @throws StrataException ({@link ErrorCode#PROJECT}) with Atlas's wording for a config URL
   *     without a scheme or with a scheme other than {@code file}, a missing file, a missing
   *     required variable and an env that is not defined; and for what hcl4j rejects or cannot
   *     evaluate in the selected env
   */
  public static Optional<ProjectConfig> load(
      String configUrl,
      String envName,
      Map<String, List<String>> vars,
      Map<String, String> environment,
      Path workingDir) {
    String url = configUrl == null ? DEFAULT_CONFIG_URL : configUrl;
    String env = envName == null ? "" : envName;
    String fileName = configPath(url);
    Path path = workingDir.resolve(fileName).normalize();
    if (!Files.isRegularFile(path)) {
      if (url.equals(DEFAULT_CONFIG_URL) && env.isEmpty() && !Files.exists(path)) {
        return Optional.empty();
      }
      String reason =
          Files.exists(path)
              ? "read " + fileName + ": is a directory"
              : "stat " + fileName + ": no such file or directory";
      throw new StrataException(
          ErrorCode.PROJECT, "config file \"" + fileName + "\" was not found: " + reason);
    }
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StrataException(
          ErrorCode.PROJECT, "reading config file \"" + fileName + "\": " + e.getMessage(), e);
    }
    return Optional.of(new ProjectFile(path, fileName, text, environment, env).evaluate(vars));
  }

  /**
   * Returns the file path named by a config URL, as Go's {@code filepath.Join(u.Host, u.Path)}:
   * {@code file://atlas.hcl} is {@code atlas.hcl}, {@code file:///etc/atlas.hcl} is absolute.
   */
  static String configPath(String url) {
    int colon = url.indexOf(':');
    String scheme = colon < 0 ? "" : url.substring(0, colon);
    if (scheme.isEmpty() || !isScheme(scheme)) {
      throw new StrataException(
          ErrorCode.PROJECT, "missing scheme for config file. Did you mean file://" + url + "?");
    }
    if (!scheme.equals("file")) {
      throw new StrataException(
          ErrorCode.PROJECT, "unsupported config file driver \"" + scheme + "\"");
    }
    String rest = url.substring(colon + 1);
    int query = indexOfAny(rest, '?', '#');
    rest = query < 0 ? rest : rest.substring(0, query);
    if (!rest.startsWith("//")) {
      return rest.isEmpty() ? "" : Path.of(rest).normalize().toString();
    }
    rest = rest.substring(2);
    int slash = rest.indexOf('/');
    String host = slash < 0 ? rest : rest.substring(0, slash);
    String filePath = slash < 0 ? "" : rest.substring(slash);
    return Path.of(host, filePath).normalize().toString();
  }

  private static boolean isScheme(String s) {
    if (!Character.isLetter(s.charAt(0))) {
      return false;
    }
    return s.chars()
        .allMatch(
            c -> c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'));
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  private ProjectConfig evaluate(Map<String, List<String>> vars) {
    Map<String, Object> declared = parse(Map.of(), null);
    Map<String, Object> values = InputVariables.resolve(declared.get("variable"), vars, fileName);
    Map<String, Object> root = parse(values, null);
    Map<String, Object> lint =
        HclValues.resolved(HclValues.plainMap(EnvDecoder.block(root.get("lint"))), fileName);
    Map<String, Object> diff =
        HclValues.resolved(HclValues.plainMap(EnvDecoder.block(root.get("diff"))), fileName);
    if (envName.isEmpty()) {
      return new ProjectConfig(path, List.of(), lint, diff);
    }
    List<EnvBlocks.Block> selected = EnvBlocks.select(root.get("env"), envName);
    if (selected.isEmpty()) {
      throw new StrataException(
          ErrorCode.PROJECT, "env \"" + envName + "\" not defined in config file");
    }
    List<EnvConfig> envs = new ArrayList<>();
    for (EnvBlocks.Block block : selected) {
      if (!block.body().containsKey("for_each")) {
        envs.add(decode(block, lint, diff));
        continue;
      }
      for (Each each : elements(HclValues.resolved(block.body().get("for_each"), fileName))) {
        EnvBlocks.Block again = find(parse(values, each).get("env"), block);
        envs.add(decode(again, lint, diff));
      }
    }
    return new ProjectConfig(path, envs, lint, diff);
  }

  private Map<String, Object> parse(Map<String, Object> variables, Each each) {
    Path baseDir = path.getParent() == null ? Path.of("") : path.getParent();
    return new AtlasHclParser(baseDir, environment, envName, each, variables)
        .parseFile(text, fileName);
  }

  private EnvConfig decode(
      EnvBlocks.Block block, Map<String, Object> lint, Map<String, Object> diff) {
    return EnvDecoder.decode(envName, block.body(), lint, diff, path.getParent(), fileName);
  }

  /**
   * Returns the elements of a {@code for_each} value: a map's entries sorted by key (cty's order),
   * a set's or list's elements.
   */
  private List<Each> elements(Object forEach) {
    List<Each> out = new ArrayList<>();
    if (forEach instanceof Map) {
      new TreeMap<>(HclValues.plainMap(forEach)).forEach((k, v) -> out.add(new Each(k, v)));
    } else if (forEach instanceof List) {
      for (Object element : (List<?>) forEach) {
        Object value = HclValues.plain(element);
        out.add(new Each(value, value));
      }
    } else {
      throw new StrataException(
          ErrorCode.PROJECT,
          fileName
              + ": Invalid for_each argument; The \"for_each\" value of env \""
              + envName
              + "\" must be a map or a set of strings.");
    }
    return out;
  }

  /** Returns the block of a re-evaluated tree that is {@code block} of the first evaluation. */
  private EnvBlocks.Block find(Object envNode, EnvBlocks.Block block) {
    for (EnvBlocks.Block candidate : EnvBlocks.all(envNode)) {
      if (candidate.sameBlock(block)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "env block " + block.label() + "#" + block.occurrence() + " vanished on re-evaluation");
  }
}
