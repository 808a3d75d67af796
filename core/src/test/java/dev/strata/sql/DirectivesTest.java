package dev.strata.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectivesTest {
  @Test
  void fileDirectivesNeedABlankLineAfterTheBlock() {
    assertThat(Directives.ofFile("-- atlas:txmode none\n\nCREATE TABLE t(c int);"))
        .isEqualTo(Map.of("txmode", List.of("none")));
    assertThat(Directives.ofFile("-- atlas:txmode none\nCREATE TABLE t(c int);")).isEmpty();
    assertThat(Directives.ofFile("-- atlas:txmode none\n \t\nCREATE TABLE t(c int);"))
        .containsKey("txmode");
  }

  @Test
  void fileDirectivesKeepOrderAndEmptyArguments() {
    String file =
        "-- atlas:nolint DS102\n"
            + "#atlas:nolint\n"
            + "-- atlas:checkpoint v1  \n"
            + "--   atlas:sum ignore\n\n"
            + "SELECT 1;";
    assertThat(Directives.ofFile(file))
        .containsExactly(
            Map.entry("nolint", List.of("DS102", "")),
            Map.entry("checkpoint", List.of("v1")),
            Map.entry("sum", List.of("ignore")));
  }

  @Test
  void fileDirectivesAcceptCrlfAndByteOrderMarkAndCommentsOnlyFiles() {
    assertThat(Directives.ofFile("\uFEFF-- atlas:txmode none\r\n\r\nSELECT 1;\r\n"))
        .containsKey("txmode");
    assertThat(Directives.ofFile("-- atlas:checkpoint\n"))
        .isEqualTo(Map.of("checkpoint", List.of("")));
    assertThat(Directives.ofFile("-- atlas:checkpoint"))
        .isEqualTo(Map.of("checkpoint", List.of("")));
    assertThat(Directives.ofFile("")).isEmpty();
    assertThat(Directives.ofFile("SELECT 1;\n-- atlas:txmode none\n\n")).isEmpty();
  }

  @Test
  void theLastAtlasWordOfALineIsTheDirective() {
    assertThat(Directives.ofFile("-- atlas:nolint atlas:txmode none\n\n"))
        .isEqualTo(Map.of("txmode", List.of("none")));
    assertThat(Directives.ofFile("-- atlas:nolint,DS102\n\n"))
        .isEqualTo(Map.of("nolint", List.of("")));
    assertThat(Directives.ofFile("-- atlas:\n\n")).isEmpty();
  }

  @Test
  void statementDirectivesAcceptAtlasPrefixesOnly() {
    Statement s =
        new Statement(
            "DROP TABLE t;",
            0,
            1,
            0,
            List.of(
                "--atlas:nolint\n",
                "-- atlas:nolint destructive\n",
                "#atlas:lint error\n",
                "/*atlas:nolint DS101*/",
                "/* atlas:nolint no */",
                "/*\natlas:nolint no\n*/",
                "--  atlas:nolint no\n",
                "# atlas:nolint no\n"));
    assertThat(Directives.ofStatement(s))
        .containsExactly(
            Map.entry("nolint", List.of("", "destructive", "DS101")),
            Map.entry("lint", List.of("error")));
  }

  @Test
  void delimiterDirectiveNeedsTheExactPrefix() {
    assertThat(Directives.delimiter("-- atlas:delimiter \\n\\n")).contains("\\n\\n");
    assertThat(Directives.delimiter("-- atlas:delimiter $$\r")).contains("$$");
    assertThat(Directives.delimiter("-- atlas:delimiter")).contains("");
    assertThat(Directives.delimiter("--atlas:delimiter $$")).isEmpty();
    assertThat(Directives.delimiter("-- atlas:delimiters $$")).isEmpty();
    assertThat(Directives.delimiter("SELECT 1;")).isEmpty();
  }
}
