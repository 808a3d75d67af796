package dev.strata.cli.project;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one evaluated env body (hcl4j's map) into an {@link EnvConfig}, applying Atlas's rules:
 * {@code src} paths made URLs, {@code exec_order} spelled as the flag, {@code format}/{@code log}
 * templates flattened, and the global {@code lint}/{@code diff} blocks inherited.
 */
final class EnvDecoder {
  private EnvDecoder() {}

  /** The attributes and blocks Atlas interprets; everything else is an extra attribute. */
  private static final Set<String> KNOWN =
      Set.of(
          "name",
          "url",
          "dev",
          "src",
          "schemas",
          "exclude",
          "for_each",
          "migration",
          "format",
          "log",
          "lint",
          "diff",
          "schema",
          "test");

  /**
   * Returns the env.
   *
   * @param baseDir the project file's directory, against which relative {@code src} paths resolve
   * @throws StrataException ({@link ErrorCode#PROJECT}) for an unresolved reference anywhere in the
   *     body, or an attribute of the wrong type
   */
  static EnvConfig decode(
      String name,
      Map<String, Object> body,
      Map<String, Object> globalLint,
      Map<String, Object> globalDiff,
      Path baseDir,
      String fileName) {
    HclValues.resolved(body, fileName);
    Map<String, Object> schema = block(body.get("schema"));
    Object src = body.containsKey("src") ? body.get("src") : schema.get("src");
    Map<String, Object> extra = new LinkedHashMap<>();
    body.forEach(
        (key, value) -> {
          if (!KNOWN.contains(key)) {
            extra.put(key, HclValues.plain(value));
          }
        });
    return new EnvConfig(
        name,
        HclValues.string(body.get("url"), "url"),
        HclValues.string(body.get("dev"), "dev"),
        sources(HclValues.strings(src, "src"), baseDir),
        HclValues.strings(body.get("schemas"), "schemas"),
        HclValues.strings(body.get("exclude"), "exclude"),
        migration(body.get("migration")),
        formats(body),
        extendLint(HclValues.plainMap(block(body.get("lint"))), globalLint),
        extendDiff(HclValues.plainMap(block(body.get("diff"))), globalDiff),
        extra);
  }

  /** Returns a block's body; for a repeated block, the last one (later blocks override). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> block(Object node) {
    if (node instanceof List && !((List<?>) node).isEmpty()) {
      node = ((List<?>) node).get(((List<?>) node).size() - 1);
    }
    return node instanceof Map ? (Map<String, Object>) node : Map.of();
  }

  private static List<String> sources(List<String> src, Path baseDir) {
    List<String> out = new ArrayList<>();
    for (String s : src) {
      out.add(s.contains("://") ? s : "file://" + baseDir.resolve(s).toAbsolutePath().normalize());
    }
    return out;
  }

  private static MigrationConfig migration(Object node) {
    Map<String, Object> m = block(node);
    if (m.isEmpty()) {
      return MigrationConfig.empty();
    }
    String execOrder = HclValues.string(m.get("exec_order"), "exec_order");
    return new MigrationConfig(
        HclValues.string(m.get("dir"), "dir"),
        HclValues.string(m.get("format"), "format"),
        HclValues.string(m.get("baseline"), "baseline"),
        execOrder == null ? null : execOrder.toLowerCase(Locale.ROOT).replace('_', '-'),
        HclValues.string(m.get("lock_timeout"), "lock_timeout"),
        HclValues.string(m.get("revisions_schema"), "revisions_schema"),
        HclValues.strings(m.get("exclude"), "exclude"));
  }

  /**
   * Returns the templates of the {@code format} block, overridden by the legacy {@code log} block.
   */
  private static Map<String, String> formats(Map<String, Object> body) {
    Map<String, String> formats = new LinkedHashMap<>();
    for (String blockName : List.of("format", "log")) {
      block(body.get(blockName))
          .forEach(
              (group, commands) ->
                  block(commands)
                      .forEach(
                          (command, template) -> {
                            String text =
                                HclValues.string(template, blockName + "." + group + "." + command);
                            if (text != null) {
                              formats.put(group + "." + command, text);
                            }
                          }));
    }
    return formats;
  }

  /**
   * Returns the env's lint block extended with the global one, as Atlas's {@code Lint.Extend}: the
   * review mode and format are inherited when unset, and the change detector ({@code git} or {@code
   * latest}) is inherited unless the env configures one.
   */
  static Map<String, Object> extendLint(Map<String, Object> env, Map<String, Object> global) {
    if (env.isEmpty()) {
      return global;
    }
    Map<String, Object> out = new LinkedHashMap<>(env);
    for (String key : List.of("review", "format", "log")) {
      if (!out.containsKey(key) && global.containsKey(key)) {
        out.put(key, global.get(key));
      }
    }
    Map<String, Object> envGit = block(env.get("git"));
    boolean configured =
        (!isBlank(envGit.get("dir")) && !isBlank(envGit.get("base"))) || !isZero(env.get("latest"));
    Map<String, Object> globalGit = block(global.get("git"));
    if (!configured && (!isBlank(globalGit.get("dir")) || !isBlank(globalGit.get("base")))) {
      Map<String, Object> git = new LinkedHashMap<>(envGit);
      for (String key : List.of("dir", "base")) {
        if (!isBlank(globalGit.get(key))) {
          git.put(key, globalGit.get(key));
        }
      }
      out.put("git", EnvConfig.ordered(git));
    } else if (!configured && !isZero(global.get("latest"))) {
      out.put("latest", global.get("latest"));
    }
    return out;
  }

  /** Returns the env's diff block, inheriting the global {@code skip} block when it has none. */
  static Map<String, Object> extendDiff(Map<String, Object> env, Map<String, Object> global) {
    if (env.isEmpty()) {
      return global;
    }
    Map<String, Object> out = new LinkedHashMap<>(env);
    if (!out.containsKey("skip") && global.containsKey("skip")) {
      out.put("skip", global.get("skip"));
    }
    return out;
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isEmpty();
  }

  private static boolean isZero(Object value) {
    return value == null || (value instanceof Number && ((Number) value).doubleValue() == 0);
  }
}
