package dev.strata.cli.project;

import java.util.List;

/**
 * The {@code migration} block of an env. Every string is null when the block does not set it.
 *
 * @param dir the migration directory URL ({@code dir}), as written, e.g. {@code file://migrations}
 * @param format the directory format ({@code format}): atlas, golang-migrate, goose, flyway,
 *     liquibase or dbmate, written as an enum word or a string
 * @param baseline the baseline version ({@code baseline}); a number is printed without a fraction
 * @param execOrder the execution order ({@code exec_order}) as the CLI flag spells it: {@code
 *     LINEAR_SKIP} becomes {@code linear-skip}
 * @param lockTimeout the lock timeout ({@code lock_timeout}) as a Go duration text, e.g. {@code
 *     10s}
 * @param revisionsSchema the schema of the revision table ({@code revisions_schema})
 * @param exclude glob patterns of directory files to skip ({@code exclude}); empty when not set
 */
public record MigrationConfig(
    String dir,
    String format,
    String baseline,
    String execOrder,
    String lockTimeout,
    String revisionsSchema,
    List<String> exclude) {
  public MigrationConfig {
    exclude = List.copyOf(exclude);
  }

  /** Returns the configuration of an env without a {@code migration} block: nothing set. */
  public static MigrationConfig empty() {
    return new MigrationConfig(null, null, null, null, null, null, List.of());
  }
}
