package dev.strata.cli.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.StrataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atlas's functions evaluated through hcl4j, each in an env attribute of a real file. Expected
 * values are what Atlas (Go's net/url and fmt) prints for the same calls.
 */
class HclFunctionsTest {
  @TempDir Path dir;

  private Object eval(String expression) throws IOException {
    return eval(expression, Map.of());
  }

  private Object eval(String expression, Map<String, String> environment) throws IOException {
    Files.writeString(
        dir.resolve("atlas.hcl"),
        "env \"t\" {\n  x = " + expression + "\n}\n",
        StandardCharsets.UTF_8);
    return ProjectFile.load(null, "t", Map.of(), environment, dir)
        .orElseThrow()
        .envs()
        .get(0)
        .extra()
        .get("x");
  }

  @Test
  void getenvReadsTheGivenEnvironmentAndDefaultsToEmpty() throws IOException {
    assertThat(eval("getenv(\"DB\")", Map.of("DB", "sqlite://x.db"))).isEqualTo("sqlite://x.db");
    assertThat(eval("getenv(\"UNSET\")")).isEqualTo("");
  }

  @Test
  void urlsetpathReplacesThePathKeepingQuery() throws IOException {
    assertThat(
            eval(
                "urlsetpath(\"mysql://root:pass@localhost:3306/app?parseTime=true\","
                    + " \"tenant_1\")"))
        .isEqualTo("mysql://root:pass@localhost:3306/tenant_1?parseTime=true");
    assertThat(eval("urlsetpath(\"postgres://h/app\", \"/a b\")")).isEqualTo("postgres://h/a%20b");
    assertThat(eval("urlsetpath(\"mysql://h\", \"db\")")).isEqualTo("mysql://h/db");
  }

  @Test
  void urlquerysetSetsOneParameterAndSortsTheQuery() throws IOException {
    assertThat(
            eval(
                "urlqueryset(\"postgres://u@h:5432/app?sslmode=disable\", \"search_path\", \"tenant"
                    + " 1\")"))
        .isEqualTo("postgres://u@h:5432/app?search_path=tenant+1&sslmode=disable");
    assertThat(eval("urlqueryset(\"postgres://h/app?search_path=a&x=1\", \"search_path\", \"b\")"))
        .isEqualTo("postgres://h/app?search_path=b&x=1");
  }

  @Test
  void urlescapeAndUrluserinfo() throws IOException {
    assertThat(eval("urlescape(\"p@ss w/rd&?\")")).isEqualTo("p%40ss+w%2Frd%26%3F");
    assertThat(eval("urluserinfo(\"postgres://h:5432/app\", \"admin\", \"p@ss:word\")"))
        .isEqualTo("postgres://admin:p%40ss%3Aword@h:5432/app");
    assertThat(eval("urluserinfo(\"postgres://old@h/app\", \"admin\")"))
        .isEqualTo("postgres://admin@h/app");
  }

  @Test
  void formatUsesGoVerbs() throws IOException {
    assertThat(eval("format(\"%s://%s:%d/%v\", \"mysql\", \"h\", 3306, true)"))
        .isEqualTo("mysql://h:3306/true");
    assertThat(eval("format(\"%q|%5s|%-3s|%.2f|%%\", \"a\", \"b\", \"c\", 1.5)"))
        .isEqualTo("\"a\"|    b|c  |1.50|%");
    // %q quotes as JSON, the way go-cty's format does: HTML characters and controls escaped.
    assertThat(GoFormatter.format("%q", java.util.List.of("a<b&\u0001\"\u00e9")))
        .isEqualTo("\"a\\u003cb\\u0026\\u0001\\\"\u00e9\"");
    assertThatThrownBy(() -> eval("format(\"%s %s\", \"a\")"))
        .isInstanceOf(StrataException.class)
        .hasMessageContaining("not enough arguments for \"%s\"");
  }

  @Test
  void collectionConversions() throws IOException {
    assertThat(eval("toset([\"b\", \"a\", \"b\"])")).isEqualTo(List.of("a", "b"));
    assertThat(eval("tolist([\"b\", \"a\"])")).isEqualTo(List.of("b", "a"));
    assertThat(eval("concat([\"a\"], [\"b\", \"c\"])")).isEqualTo(List.of("a", "b", "c"));
    assertThat(eval("tostring(42)")).isEqualTo("42");
  }

  @Test
  void tryAbsorbsWhatCannotBeEvaluated() throws IOException {
    assertThat(eval("try(local.missing, getenv(\"UNSET_TOO\"), \"fallback\")")).isEqualTo("");
    assertThat(eval("try(local.missing, \"fallback\")")).isEqualTo("fallback");
  }

  @Test
  void fileFailureNamesTheMissingFile() {
    assertThatThrownBy(() -> eval("file(\"nope.txt\")"))
        .isInstanceOf(StrataException.class)
        .hasMessageContaining("open " + dir.resolve("nope.txt") + ": no such file or directory");
  }
}
