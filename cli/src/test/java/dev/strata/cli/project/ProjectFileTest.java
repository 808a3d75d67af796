package dev.strata.cli.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.StrataException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Loading project files: config URLs, env selection, variables, for_each and evaluation errors. */
class ProjectFileTest extends ProjectFixture {
  @Test
  void seedEnvLocalGivesUrlAndMigrationDir() throws IOException {
    copyResource("seed-local.hcl");
    EnvConfig env = single("local");
    assertThat(env.name()).isEqualTo("local");
    assertThat(env.url()).isEqualTo("mysql://root:pass@localhost:3306/example");
    assertThat(env.dev()).isEqualTo("docker://mysql/8/dev");
    assertThat(env.migration().dir()).isEqualTo("file://migrations");
    assertThat(env.migration().format()).isNull();
    assertThat(env.formats()).isEmpty();
    assertThat(env.extra()).isEmpty();
  }

  @Test
  void specExampleVerbatimLoadsTheUnlabeledEnvAndRefusesTheDataSource() throws IOException {
    copyResource("spec-example.hcl");
    Map<String, List<String>> vars = Map.of("pattern", List.of("tenant_%"));
    Map<String, String> environment = Map.of("DATABASE_URL", "postgres://u@db:5432/app");
    // No labeled "staging" env: the unlabeled block with name = atlas.env answers, and the data
    // sources it does not use are never needed.
    EnvConfig staging =
        ProjectFile.load(null, "staging", vars, environment, dir).orElseThrow().envs().get(0);
    assertThat(staging.name()).isEqualTo("staging");
    assertThat(staging.url()).isEqualTo("postgres://u@db:5432/app");

    assertThatThrownBy(() -> ProjectFile.load(null, "prod", vars, environment, dir))
        .isInstanceOf(StrataException.class)
        .hasMessageStartingWith("atlas.hcl:27,20: ")
        .hasMessageContaining(
            "data sources are not supported by Strata yet: \"data.sql.tenants.values\"");
  }

  @Test
  void missingDefaultConfigWithoutEnvIsNoProject() {
    assertThat(ProjectFile.load(null, null, Map.of(), Map.of(), dir)).isEmpty();
    assertThat(ProjectFile.load("file://atlas.hcl", "", Map.of(), Map.of(), dir)).isEmpty();
  }

  @Test
  void missingConfigWithEnvOrExplicitConfigIsAnError() {
    assertThat(projectError(() -> ProjectFile.load(null, "local", Map.of(), Map.of(), dir)))
        .hasMessage(
            "config file \"atlas.hcl\" was not found: stat atlas.hcl: no such file or directory");
    assertThat(
            projectError(
                () -> ProjectFile.load("file://conf/project.hcl", null, Map.of(), Map.of(), dir)))
        .hasMessage(
            "config file \"conf/project.hcl\" was not found: stat conf/project.hcl: no such file or"
                + " directory");
  }

  @Test
  void configUrlMustUseTheFileScheme() {
    assertThat(
            projectError(
                () ->
                    ProjectFile.load(
                        "https://example.com/atlas.hcl", "x", Map.of(), Map.of(), dir)))
        .hasMessage("unsupported config file driver \"https\"");
    assertThat(projectError(() -> ProjectFile.load("atlas.hcl", "x", Map.of(), Map.of(), dir)))
        .hasMessage("missing scheme for config file. Did you mean file://atlas.hcl?");
  }

  @Test
  void configUrlPathsFollowGoFilepathJoin() throws IOException {
    assertThat(ProjectFile.configPath("file://atlas.hcl")).isEqualTo("atlas.hcl");
    assertThat(ProjectFile.configPath("file://./conf/atlas.hcl")).isEqualTo("conf/atlas.hcl");
    assertThat(ProjectFile.configPath("file:///etc/strata/atlas.hcl"))
        .isEqualTo("/etc/strata/atlas.hcl");
    write("conf/project.hcl", "env \"ci\" {\n  url = \"sqlite://ci.db\"\n}\n");
    ProjectConfig project =
        ProjectFile.load("file://conf/project.hcl", "ci", Map.of(), Map.of(), dir).orElseThrow();
    assertThat(project.file()).isEqualTo(dir.resolve("conf/project.hcl"));
    assertThat(project.envs().get(0).url()).isEqualTo("sqlite://ci.db");
  }

  @Test
  void unknownEnvIsAnError() throws IOException {
    copyResource("seed-local.hcl");
    assertThat(projectError(() -> load("prod")))
        .hasMessage("env \"prod\" not defined in config file");
  }

  @Test
  void variablesTakeDefaultsGetenvAndVarFlags() throws IOException {
    write(
        "atlas.hcl",
        String.join(
            "\n",
            "variable \"url\" {",
            "  type    = string",
            "  default = getenv(\"DATABASE_URL\")",
            "}",
            "variable \"dir\" {",
            "  type    = string",
            "  default = \"file://migrations\"",
            "}",
            "variable \"port\" {",
            "  type    = number",
            "  default = 5432",
            "}",
            "variable \"schemas\" {",
            "  type    = list(string)",
            "  default = [\"public\"]",
            "}",
            "locals {",
            "  host = \"db.internal:${var.port}\"",
            "}",
            "env \"dev\" {",
            "  url     = var.url",
            "  dev     = \"postgres://${local.host}/dev\"",
            "  schemas = var.schemas",
            "  migration {",
            "    dir = var.dir",
            "  }",
            "}",
            ""));
    EnvConfig defaults =
        load("dev", Map.of(), Map.of("DATABASE_URL", "postgres://from-env/app")).envs().get(0);
    assertThat(defaults.url()).isEqualTo("postgres://from-env/app");
    assertThat(defaults.dev()).isEqualTo("postgres://db.internal:5432/dev");
    assertThat(defaults.schemas()).containsExactly("public");
    assertThat(defaults.migration().dir()).isEqualTo("file://migrations");

    // getenv of an unset variable is "", as in Atlas; --var values win over defaults, and a
    // repeated --var forms a list.
    Map<String, List<String>> vars =
        Map.of(
            "dir", List.of("file://other"), "port", List.of("6543"), "schemas", List.of("a", "b"));
    EnvConfig given = load("dev", vars, Map.of()).envs().get(0);
    assertThat(given.url()).isEmpty();
    assertThat(given.dev()).isEqualTo("postgres://db.internal:6543/dev");
    assertThat(given.schemas()).containsExactly("a", "b");
    assertThat(given.migration().dir()).isEqualTo("file://other");
  }

  @Test
  void varFlagsParsedAsAtlasDoesFeedVariables() throws IOException {
    write(
        "atlas.hcl",
        "variable \"tenants\" {\n"
            + "  type = list(string)\n"
            + "}\n"
            + "variable \"url\" {\n"
            + "  type = string\n"
            + "}\n"
            + "env \"t\" {\n"
            + "  for_each = toset(var.tenants)\n"
            + "  url = urlqueryset(var.url, \"search_path\", each.value)\n"
            + "}\n");
    Map<String, List<String>> vars =
        InputVariables.parseFlags(
            List.of("tenants=t2,tenants=t1", "url=postgres://h/app?sslmode=disable"));
    assertThat(load("t", vars, Map.of()).envs())
        .extracting(EnvConfig::url)
        .containsExactly(
            "postgres://h/app?search_path=t1&sslmode=disable",
            "postgres://h/app?search_path=t2&sslmode=disable");
  }

  @Test
  void requiredVariableWithoutValueIsAnError() throws IOException {
    write(
        "atlas.hcl",
        "variable \"pattern\" {\n"
            + "  type = string\n"
            + "}\n"
            + "env \"local\" {\n"
            + "  url = \"sqlite://a.db\"\n"
            + "}\n");
    assertThat(projectError(() -> load("local")))
        .hasMessage("missing value for required variable \"pattern\"");
    assertThat(load("local", Map.of("pattern", List.of("x")), Map.of()).envs()).hasSize(1);
  }

  @Test
  void variableValuesAreCheckedAgainstTheirType() throws IOException {
    write(
        "atlas.hcl",
        "variable \"port\" {\n  type = number\n}\nenv \"local\" {\n  url = \"sqlite://a.db\"\n}\n");
    assertThat(projectError(() -> load("local", Map.of("port", List.of("abc")), Map.of())))
        .hasMessage("invalid value for variable \"port\": a number is required, got \"abc\"");
    assertThat(projectError(() -> load("local", Map.of("port", List.of("1", "2")), Map.of())))
        .hasMessage("invalid value for variable \"port\": number required, got a list of 2 values");
  }

  @Test
  void forEachOverAListAndAMap() throws IOException {
    write(
        "atlas.hcl",
        String.join(
            "\n",
            "env \"shards\" {",
            "  for_each = [\"s2\", \"s1\"]",
            "  url      = \"mysql://root@h:3306/${each.value}\"",
            "}",
            "env \"regions\" {",
            "  for_each = { us = \"postgres://us/app\", eu = \"postgres://eu/app\" }",
            "  url      = each.value",
            "  region   = each.key",
            "}",
            ""));
    assertThat(load("shards").envs())
        .extracting(EnvConfig::url)
        .containsExactly("mysql://root@h:3306/s2", "mysql://root@h:3306/s1");
    List<EnvConfig> regions = load("regions").envs();
    assertThat(regions)
        .extracting(EnvConfig::url)
        .containsExactly("postgres://eu/app", "postgres://us/app");
    assertThat(regions).extracting(e -> e.extra().get("region")).containsExactly("eu", "us");
  }

  @Test
  void unlabeledEnvTakesItsNameFromAtlasEnvAndLabeledEnvsWin() throws IOException {
    write(
        "atlas.hcl",
        String.join(
            "\n",
            "env {",
            "  name = atlas.env",
            "  url  = \"sqlite://${atlas.env}.db\"",
            "  migration {",
            "    dir = \"file://migrations/${atlas.env}\"",
            "  }",
            "}",
            "env \"prod\" {",
            "  url = \"postgres://prod/app\"",
            "}",
            ""));
    EnvConfig dev = single("dev");
    assertThat(dev.name()).isEqualTo("dev");
    assertThat(dev.url()).isEqualTo("sqlite://dev.db");
    assertThat(dev.migration().dir()).isEqualTo("file://migrations/dev");
    EnvConfig prod = single("prod");
    assertThat(prod.url()).isEqualTo("postgres://prod/app");
    assertThat(prod.migration()).isEqualTo(MigrationConfig.empty());
  }

  @Test
  void unlabeledEnvAfterLabeledOnes() throws IOException {
    write(
        "atlas.hcl",
        "env \"a\" {\n  url = \"sqlite://a.db\"\n}\nenv \"b\" {\n  url = \"sqlite://b.db\"\n}\n"
            + "env {\n  name = atlas.env\n  url = \"sqlite://other.db\"\n}\n");
    assertThat(single("a").url()).isEqualTo("sqlite://a.db");
    assertThat(single("b").url()).isEqualTo("sqlite://b.db");
    assertThat(single("c").url()).isEqualTo("sqlite://other.db");
  }

  @Test
  void labeledEnvAfterAnUnlabeledOneThatFollowsLabeledOnesIsAnHcl4jLimit() throws IOException {
    write("atlas.hcl", "env \"a\" {\n}\nenv {\n  name = atlas.env\n}\nenv \"b\" {\n}\n");
    assertThat(projectError(() -> load("a")))
        .hasMessageStartingWith("atlas.hcl: HCL Block expression scope traverses an object array")
        .hasMessageEndingWith("move the unlabeled env block to the end of the file)");
  }

  @Test
  void repeatedLabelSelectsEveryBlock() throws IOException {
    write(
        "atlas.hcl",
        "env \"all\" {\n"
            + "  url = \"sqlite://1.db\"\n"
            + "}\n"
            + "env \"all\" {\n"
            + "  url = \"sqlite://2.db\"\n"
            + "}\n");
    assertThat(load("all").envs())
        .extracting(EnvConfig::url)
        .containsExactly("sqlite://1.db", "sqlite://2.db");
  }

  @Test
  void unresolvedReferencesFailOnlyTheSelectedEnv() throws IOException {
    write(
        "atlas.hcl",
        String.join(
            "\n",
            "locals {",
            "  ok = \"sqlite://ok.db\"",
            "}",
            "env \"good\" {",
            "  url = local.ok",
            "}",
            "env \"typo\" {",
            "  url = local.okk",
            "}",
            "env \"nested\" {",
            "  url = urlsetpath(var.nope, \"x\")",
            "}",
            "env \"unknownfn\" {",
            "  url = nosuchfn(\"x\")",
            "}",
            "env \"interp\" {",
            "  url = \"sqlite://${local.missing}.db\"",
            "}",
            "env \"loose\" {",
            "  url = each.value",
            "}",
            ""));
    assertThat(single("good").url()).isEqualTo("sqlite://ok.db");
    assertThat(projectError(() -> load("typo")))
        .hasMessage(
            "atlas.hcl:8,9: Unknown reference; There is nothing named \"local.okk\" in this file.");
    assertThat(projectError(() -> load("nested")))
        .hasMessageStartingWith("atlas.hcl:11,")
        .hasMessageContaining("\"var.nope\"");
    assertThat(projectError(() -> load("unknownfn")))
        .hasMessageContaining("There is no function named \"nosuchfn\"");
    assertThat(projectError(() -> load("interp"))).hasMessageContaining("\"local.missing\"");
    assertThat(projectError(() -> load("loose")))
        .hasMessageContaining("only available inside an env block with for_each");
  }

  @Test
  void syntaxErrorsNameTheFile() throws IOException {
    write("atlas.hcl", "env \"a\" {\n  $$ = 5\n}\n");
    assertThat(projectError(() -> load("a")))
        .hasMessageStartingWith("atlas.hcl: ")
        .hasMessageContaining("line: 2");
  }

  @Test
  void hcl4jDebugOutputNeverReachesStdout() throws IOException {
    write(
        "atlas.hcl",
        "locals {\n"
            + "  names = [for s in [\"a\", \"b\"] : upper(s)]\n"
            + "}\n"
            + "env \"e\" {\n"
            + "  url = atlas.env == \"e\" ? \"sqlite://e.db\" : \"sqlite://other.db\"\n"
            + "  names = local.names\n"
            + "}\n");
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    EnvConfig env;
    try {
      env = single("e");
    } finally {
      System.setOut(saved);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(env.url()).isEqualTo("sqlite://e.db");
    assertThat(env.extra()).containsEntry("names", List.of("A", "B"));
  }

  @Test
  void fileFunctionReadsRelativeToTheConfigFile() throws IOException {
    write("conf/secret.txt", "s3cret");
    write(
        "conf/atlas.hcl",
        "env \"e\" {\n  url = \"mysql://root:${file(\"secret.txt\")}@h/db\"\n}\n");
    Optional<ProjectConfig> project =
        ProjectFile.load("file://conf/atlas.hcl", "e", Map.of(), Map.of(), dir);
    assertThat(project.orElseThrow().envs().get(0).url()).isEqualTo("mysql://root:s3cret@h/db");
  }
}
