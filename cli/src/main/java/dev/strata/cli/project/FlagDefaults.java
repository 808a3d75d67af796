package dev.strata.cli.project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine.ParseResult;

/**
 * Atlas's rule for combining flags with the selected env: a flag the user set wins, and the env's
 * value fills only a flag the user did not set. Each method takes the flag's current value (the
 * user's, or picocli's default when unset) and returns the value to use: the flag's value when it
 * was set explicitly or the env has nothing, else the env's.
 *
 * <p>Flags are named by their long name ({@code "--url"}); any alias matches through picocli.
 */
public final class FlagDefaults {
  private final EnvConfig env;
  private final Predicate<String> explicitlySet;

  private FlagDefaults(EnvConfig env, Predicate<String> explicitlySet) {
    this.env = env;
    this.explicitlySet = Objects.requireNonNull(explicitlySet, "explicitlySet");
  }

  /**
   * Returns the defaults of {@code env} for a command whose explicitly set flags {@code parsed}
   * reports (the command's own {@code ParseResult}, e.g. {@code
   * spec.commandLine().getParseResult()}).
   */
  public static FlagDefaults of(Optional<EnvConfig> env, ParseResult parsed) {
    return of(env, name -> parsed.hasMatchedOption(name));
  }

  /**
   * Returns the defaults of {@code env} (empty when no env was selected: every flag keeps its
   * value) for flags whose explicit use {@code explicitlySet} reports by long name.
   */
  public static FlagDefaults of(Optional<EnvConfig> env, Predicate<String> explicitlySet) {
    return new FlagDefaults(env.orElse(null), explicitlySet);
  }

  /** Returns the value for {@code --url}: the flag's if set, else the env's {@code url}. */
  public String url(String flagValue) {
    return pick("--url", flagValue, EnvConfig::url);
  }

  /** Returns the value for {@code --dev-url}: the flag's if set, else the env's {@code dev}. */
  public String devUrl(String flagValue) {
    return pick("--dev-url", flagValue, EnvConfig::dev);
  }

  /**
   * Returns the value for {@code --dir}: the flag's if set, else the env's {@code migration.dir}.
   */
  public String dir(String flagValue) {
    return pick("--dir", flagValue, e -> e.migration().dir());
  }

  /**
   * Returns the value for {@code --dir-format}: the flag's if set, else {@code migration.format}.
   */
  public String dirFormat(String flagValue) {
    return pick("--dir-format", flagValue, e -> e.migration().format());
  }

  /**
   * Returns the value for {@code --baseline}: the flag's if set, else {@code migration.baseline}.
   */
  public String baseline(String flagValue) {
    return pick("--baseline", flagValue, e -> e.migration().baseline());
  }

  /**
   * Returns the value for {@code --revisions-schema}: the flag's, else {@code
   * migration.revisions_schema}.
   */
  public String revisionsSchema(String flagValue) {
    return pick("--revisions-schema", flagValue, e -> e.migration().revisionsSchema());
  }

  /**
   * Returns the value for {@code --lock-timeout}: the flag's, else {@code migration.lock_timeout}.
   */
  public String lockTimeout(String flagValue) {
    return pick("--lock-timeout", flagValue, e -> e.migration().lockTimeout());
  }

  /**
   * Returns the value for {@code --exec-order}: the flag's if set, else {@code
   * migration.exec_order} in the flag's spelling ({@code linear-skip}).
   */
  public String execOrder(String flagValue) {
    return pick("--exec-order", flagValue, e -> e.migration().execOrder());
  }

  /**
   * Returns the value for {@code --format}: the flag's if set, else the env's template for {@code
   * commandKey} ({@code "migrate.apply"}, {@code "migrate.status"}, {@code "schema.diff"}...).
   */
  public String format(String commandKey, String flagValue) {
    return pick("--format", flagValue, e -> e.format(commandKey));
  }

  /** Returns the value for {@code --schema}: the flag's if set, else the env's {@code schemas}. */
  public List<String> schemas(List<String> flagValue) {
    return pickList("--schema", flagValue, EnvConfig::schemas);
  }

  /** Returns the value for {@code --exclude}: the flag's if set, else the env's {@code exclude}. */
  public List<String> exclude(List<String> flagValue) {
    return pickList("--exclude", flagValue, EnvConfig::exclude);
  }

  /**
   * Returns the value for {@code --to} of schema commands: the flag's if set, else the env's {@code
   * src}.
   */
  public List<String> to(List<String> flagValue) {
    return pickList("--to", flagValue, EnvConfig::src);
  }

  private String pick(String flag, String flagValue, Function<EnvConfig, String> fromEnv) {
    if (env == null || explicitlySet.test(flag)) {
      return flagValue;
    }
    String value = fromEnv.apply(env);
    return value == null || value.isEmpty() ? flagValue : value;
  }

  private List<String> pickList(
      String flag, List<String> flagValue, Function<EnvConfig, List<String>> fromEnv) {
    if (env == null || explicitlySet.test(flag)) {
      return flagValue;
    }
    List<String> value = fromEnv.apply(env);
    return value.isEmpty() ? flagValue : value;
  }
}
