package dev.strata.cli.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an env block decodes to: migration, format templates, lint/diff inheritance, extras. */
class EnvDecodingTest extends ProjectFixture {
  @Test
  void specExampleEnvWithForEachOverALiteralSet() throws IOException {
    copyResource("spec-example-static.hcl");
    List<EnvConfig> envs =
        load(
                "prod",
                Map.of(),
                Map.of("DATABASE_URL", "mysql://root:pass@db:3306/ignored?parseTime=true"))
            .envs();
    // toset() orders strings as cty sets do: sorted.
    assertThat(envs)
        .extracting(EnvConfig::url)
        .containsExactly(
            "mysql://root:pass@db:3306/tenant_a?parseTime=true",
            "mysql://root:pass@db:3306/tenant_b?parseTime=true");
    assertThat(envs)
        .extracting(e -> e.extra().get("tenant"))
        .containsExactly("tenant_a", "tenant_b");
    EnvConfig env = envs.get(0);
    assertThat(env.name()).isEqualTo("prod");
    assertThat(env.dev()).isEqualTo("docker://postgres/15/dev?search_path=public");
    assertThat(env.src()).containsExactly("file://schema.hcl");
    assertThat(env.schemas()).containsExactly("a", "b");
    assertThat(env.exclude()).containsExactly("atlas_schema_revisions");
    assertThat(env.migration())
        .isEqualTo(
            new MigrationConfig(
                "file://migrations",
                "atlas",
                "20220811074144",
                "linear",
                "10s",
                "atlas_schema_revisions",
                List.of()));
    assertThat(env.formats())
        .containsOnly(
            Map.entry("migrate.apply", "{{ json . }}"),
            Map.entry("migrate.diff", "{{ sql . \"  \" }}"),
            Map.entry("schema.apply", "{{ json .Changes }}"));
    assertThat(env.lint())
        .containsEntry("latest", 1L)
        .containsEntry("destructive", Map.of("error", false));
    assertThat(env.diff()).containsEntry("skip", Map.of("drop_table", true));
  }

  @Test
  void noEnvLoadsOnlyTheGlobalBlocks() throws IOException {
    write(
        "atlas.hcl",
        "lint {\n  latest = 2\n}\ndiff {\n  skip {\n    drop_schema = true\n  }\n}\n"
            + "env \"local\" {\n  url = \"sqlite://a.db\"\n}\n");
    ProjectConfig project = ProjectFile.load(null, null, Map.of(), Map.of(), dir).orElseThrow();
    assertThat(project.envs()).isEmpty();
    assertThat(project.lint()).containsEntry("latest", 2L);
    assertThat(project.diff()).containsEntry("skip", Map.of("drop_schema", true));
  }

  @Test
  void execOrderEnumNamesBecomeFlagSpelling() throws IOException {
    for (String[] c :
        new String[][] {
          {"LINEAR", "linear"},
          {"LINEAR_SKIP", "linear-skip"},
          {"NON_LINEAR", "non-linear"},
          {"\"linear-skip\"", "linear-skip"}
        }) {
      write("atlas.hcl", "env \"e\" {\n  migration {\n    exec_order = " + c[0] + "\n  }\n}\n");
      assertThat(single("e").migration().execOrder()).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void migrationBlockAttributes() throws IOException {
    write(
        "atlas.hcl",
        String.join(
            "\n",
            "env \"e\" {",
            "  migration {",
            "    dir              = \"file://db/migrations?format=flyway\"",
            "    format           = golang-migrate",
            "    baseline         = 20220811074144",
            "    lock_timeout     = \"1m30s\"",
            "    revisions_schema = \"ops\"",
            "    exclude          = [\"*.down.sql\"]",
            "  }",
            "}",
            ""));
    MigrationConfig m = single("e").migration();
    assertThat(m.format()).isEqualTo("golang-migrate");
    assertThat(m.baseline()).isEqualTo("20220811074144");
    assertThat(m.lockTimeout()).isEqualTo("1m30s");
    assertThat(m.revisionsSchema()).isEqualTo("ops");
    assertThat(m.exclude()).containsExactly("*.down.sql");
    assertThat(m.dir()).isEqualTo("file://db/migrations?format=flyway");
  }

  @Test
  void formatBlockAndLegacyLogBlock() throws IOException {
    write(
        "atlas.hcl",
        String.join(
            "\n",
            "env \"new\" {",
            "  format {",
            "    migrate {",
            "      apply  = \"{{ json . }}\"",
            "      status = \"{{ .Status }}\"",
            "    }",
            "    schema {",
            "      diff = \"{{ sql . }}\"",
            "    }",
            "  }",
            "}",
            "env \"old\" {",
            "  log {",
            "    migrate {",
            "      apply = \"{{ json . }}\"",
            "    }",
            "  }",
            "}",
            ""));
    EnvConfig modern = single("new");
    assertThat(modern.formats())
        .containsOnly(
            Map.entry("migrate.apply", "{{ json . }}"),
            Map.entry("migrate.status", "{{ .Status }}"),
            Map.entry("schema.diff", "{{ sql . }}"));
    assertThat(modern.format("migrate.status")).isEqualTo("{{ .Status }}");
    assertThat(modern.format("migrate.lint")).isNull();
    assertThat(single("old").formats()).containsOnly(Map.entry("migrate.apply", "{{ json . }}"));
  }

  @Test
  void srcPathsBecomeAbsoluteFileUrlsAndSchemaBlockIsRead() throws IOException {
    write(
        "atlas.hcl",
        "env \"a\" {\n"
            + "  src = [\"schema.hcl\", \"file://b.sql\"]\n"
            + "}\n"
            + "env \"b\" {\n"
            + "  schema {\n"
            + "    src = \"sql/schema.sql\"\n"
            + "  }\n"
            + "}\n");
    assertThat(single("a").src())
        .containsExactly("file://" + dir.resolve("schema.hcl"), "file://b.sql");
    assertThat(single("b").src()).containsExactly("file://" + dir.resolve("sql/schema.sql"));
  }

  @Test
  void envInheritsGlobalLintAndDiff() throws IOException {
    write(
        "atlas.hcl",
        String.join(
            "\n",
            "lint {",
            "  git {",
            "    base = \"master\"",
            "  }",
            "}",
            "diff {",
            "  skip {",
            "    drop_table = true",
            "  }",
            "}",
            "env \"plain\" {",
            "}",
            "env \"latest\" {",
            "  lint {",
            "    latest = 3",
            "  }",
            "  diff {",
            "    concurrent_index {",
            "      create = true",
            "    }",
            "  }",
            "}",
            "env \"gitdir\" {",
            "  lint {",
            "    git {",
            "      dir = \"sub\"",
            "    }",
            "  }",
            "}",
            ""));
    assertThat(single("plain").lint()).isEqualTo(Map.of("git", Map.of("base", "master")));
    assertThat(single("plain").diff()).isEqualTo(Map.of("skip", Map.of("drop_table", true)));
    EnvConfig latest = single("latest");
    assertThat(latest.lint()).isEqualTo(Map.of("latest", 3L));
    assertThat(latest.diff())
        .containsEntry("skip", Map.of("drop_table", true))
        .containsKey("concurrent_index");
    assertThat(single("gitdir").lint())
        .isEqualTo(Map.of("git", Map.of("dir", "sub", "base", "master")));
  }

  @Test
  void extraAttributesArePlainData() throws IOException {
    write(
        "atlas.hcl",
        "env \"e\" {\n"
            + "  url = \"sqlite://a.db\"\n"
            + "  tenant = \"acme\"\n"
            + "  replicas = 3\n"
            + "  ratio = 0.5\n"
            + "  on = true\n"
            + "  tags = [\"x\", \"y\"]\n"
            + "}\n");
    assertThat(single("e").extra())
        .containsExactly(
            Map.entry("tenant", "acme"),
            Map.entry("replicas", 3L),
            Map.entry("ratio", 0.5),
            Map.entry("on", true),
            Map.entry("tags", List.of("x", "y")));
  }
}
