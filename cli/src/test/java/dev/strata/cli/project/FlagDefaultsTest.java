package dev.strata.cli.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** CLI flags win; env values fill only the flags the user did not set (picocli tells which). */
class FlagDefaultsTest extends ProjectFixture {
  @Command(name = "apply")
  static final class Apply {
    @Option(names = {"-u", "--url"})
    String url;

    @Option(names = "--dir", defaultValue = "file://migrations")
    String dir;

    @Option(names = "--dir-format")
    String dirFormat;

    @Option(names = "--dev-url")
    String devUrl;

    @Option(names = "--baseline")
    String baseline;

    @Option(names = "--revisions-schema")
    String revisionsSchema;

    @Option(names = "--lock-timeout", defaultValue = "10s")
    String lockTimeout;

    @Option(names = "--exec-order", defaultValue = "linear")
    String execOrder;

    @Option(names = {"--format", "--log"})
    String format;

    @Option(names = "--schema", split = ",")
    List<String> schemas = List.of();

    @Option(names = "--tx-mode", defaultValue = "file")
    String txMode;

    @Parameters(arity = "0..1")
    String amount;
  }

  private static final EnvConfig ENV =
      new EnvConfig(
          "local",
          "mysql://root:pass@localhost:3306/example",
          "docker://mysql/8/dev",
          List.of("file:///p/schema.hcl"),
          List.of("app"),
          List.of(),
          new MigrationConfig(
              "file://db/migrations", "flyway", "3", "linear-skip", "1m", "ops", List.of()),
          Map.of("migrate.apply", "{{ json . }}"),
          Map.of(),
          Map.of(),
          Map.of());

  private static FlagDefaults parse(Apply apply, String... args) {
    CommandLine cmd = new CommandLine(apply);
    CommandLine.ParseResult parsed = cmd.parseArgs(args);
    return FlagDefaults.of(Optional.of(ENV), parsed);
  }

  @Test
  void envFillsUnsetFlags() {
    Apply a = new Apply();
    FlagDefaults d = parse(a);
    assertThat(d.url(a.url)).isEqualTo("mysql://root:pass@localhost:3306/example");
    assertThat(d.devUrl(a.devUrl)).isEqualTo("docker://mysql/8/dev");
    assertThat(d.dir(a.dir)).isEqualTo("file://db/migrations");
    assertThat(d.dirFormat(a.dirFormat)).isEqualTo("flyway");
    assertThat(d.baseline(a.baseline)).isEqualTo("3");
    assertThat(d.revisionsSchema(a.revisionsSchema)).isEqualTo("ops");
    assertThat(d.lockTimeout(a.lockTimeout)).isEqualTo("1m");
    assertThat(d.execOrder(a.execOrder)).isEqualTo("linear-skip");
    assertThat(d.format("migrate.apply", a.format)).isEqualTo("{{ json . }}");
    assertThat(d.format("migrate.status", a.format)).isNull();
    assertThat(d.schemas(a.schemas)).containsExactly("app");
    assertThat(d.to(List.of())).containsExactly("file:///p/schema.hcl");
  }

  @Test
  void explicitFlagsWinEvenWhenEqualToTheirDefault() {
    Apply a = new Apply();
    FlagDefaults d =
        parse(
            a,
            "-u",
            "sqlite://x.db",
            "--dir",
            "file://migrations",
            "--exec-order",
            "linear",
            "--log",
            "{{ .Env }}",
            "--schema",
            "x,y");
    assertThat(d.url(a.url)).isEqualTo("sqlite://x.db");
    assertThat(d.dir(a.dir)).isEqualTo("file://migrations");
    assertThat(d.execOrder(a.execOrder)).isEqualTo("linear");
    assertThat(d.format("migrate.apply", a.format)).isEqualTo("{{ .Env }}");
    assertThat(d.schemas(a.schemas)).containsExactly("x", "y");
    assertThat(d.lockTimeout(a.lockTimeout)).isEqualTo("1m");
  }

  @Test
  void seedStoryTakesUrlAndDirFromEnvLocal() throws IOException {
    // strata --env local migrate apply 1 --tx-mode none
    copyResource("seed-local.hcl");
    Optional<EnvConfig> env = load("local").envs().stream().findFirst();
    Apply a = new Apply();
    FlagDefaults d = FlagDefaults.of(env, new CommandLine(a).parseArgs("1", "--tx-mode", "none"));
    assertThat(a.amount).isEqualTo("1");
    assertThat(a.txMode).isEqualTo("none");
    assertThat(d.url(a.url)).isEqualTo("mysql://root:pass@localhost:3306/example");
    assertThat(d.dir(a.dir)).isEqualTo("file://migrations");
    assertThat(d.devUrl(a.devUrl)).isEqualTo("docker://mysql/8/dev");
    assertThat(d.revisionsSchema(a.revisionsSchema)).isNull();
    assertThat(d.execOrder(a.execOrder)).isEqualTo("linear");
  }

  @Test
  void withoutAnEnvFlagsKeepTheirValues() {
    FlagDefaults d = FlagDefaults.of(Optional.empty(), name -> false);
    assertThat(d.url(null)).isNull();
    assertThat(d.dir("file://migrations")).isEqualTo("file://migrations");
  }
}
