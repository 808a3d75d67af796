package dev.strata.cli.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluated {@code env} block of the project file; a block with {@code for_each} yields one
 * instance per element, all with the same name. Strings are null when the block does not set them.
 *
 * @param name the env's name: its label, or the {@code name} attribute of an unlabeled block
 * @param url the target database URL ({@code url})
 * @param dev the dev database URL ({@code dev})
 * @param src the desired-schema sources ({@code src}, or {@code schema { src = ... }}), a string
 *     made a one-element list; a path without a scheme is made an absolute {@code file://} URL
 *     against the project file's directory; empty when not set
 * @param schemas the schemas the env manages ({@code schemas}); empty when not set
 * @param exclude the inspection exclude patterns ({@code exclude}); empty when not set
 * @param migration the {@code migration} block; never null, {@link MigrationConfig#empty()} when
 *     absent
 * @param formats output templates per command from the {@code format} block (or its legacy name
 *     {@code log}), keyed {@code "<group>.<command>"}, e.g. {@code "migrate.apply"} or {@code
 *     "schema.diff"}; empty when not set
 * @param lint the env's {@code lint} block as plain data, with Atlas's inheritance from the global
 *     {@code lint} block applied; empty when neither sets one
 * @param diff the env's {@code diff} block as plain data, inheriting the global {@code skip} block;
 *     empty when neither sets one
 * @param extra the attributes Atlas does not interpret (input values for HCL schemas, such as
 *     {@code tenant = each.value}), as plain data: strings, booleans, {@code Long} or {@code
 *     Double} numbers, lists and maps
 */
public record EnvConfig(
    String name,
    String url,
    String dev,
    List<String> src,
    List<String> schemas,
    List<String> exclude,
    MigrationConfig migration,
    Map<String, String> formats,
    Map<String, Object> lint,
    Map<String, Object> diff,
    Map<String, Object> extra) {
  public EnvConfig {
    src = List.copyOf(src);
    schemas = List.copyOf(schemas);
    exclude = List.copyOf(exclude);
    migration = migration == null ? MigrationConfig.empty() : migration;
    formats = ordered(formats);
    lint = ordered(lint);
    diff = ordered(diff);
    extra = ordered(extra);
  }

  /** Returns the template for {@code key} (e.g. {@code "migrate.status"}), or null when not set. */
  public String format(String key) {
    return formats.get(key);
  }

  /** Returns an unmodifiable copy that keeps the file's order and allows null values. */
  static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
