package dev.strata.cli.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The --var flag's syntax: one CSV record of key=value fields per flag, as Atlas's Vars.Set. */
class InputVariablesTest {
  @Test
  void repeatedKeysFormAList() {
    assertThat(InputVariables.parseFlags(List.of("a=1", "b=x", "a=2")))
        .containsExactly(Map.entry("a", List.of("1", "2")), Map.entry("b", List.of("x")));
  }

  @Test
  void oneFlagMayCarrySeveralCommaSeparatedFields() {
    assertThat(InputVariables.parseFlags(List.of("tenants=a,tenants=b,url=sqlite://x.db")))
        .containsExactly(
            Map.entry("tenants", List.of("a", "b")), Map.entry("url", List.of("sqlite://x.db")));
  }

  @Test
  void quotedFieldsKeepCommasAndValuesKeepEqualSigns() {
    assertThat(InputVariables.parseFlags(List.of("\"list=a,b\"", "url=postgres://h/db?x=1")))
        .containsExactly(
            Map.entry("list", List.of("a,b")), Map.entry("url", List.of("postgres://h/db?x=1")));
    assertThat(InputVariables.parseFlags(List.of("=v")))
        .containsExactly(Map.entry("", List.of("v")));
  }

  @Test
  void malformedValuesUseAtlasWording() {
    assertThatThrownBy(() -> InputVariables.parseFlags(List.of("destructive")))
        .isInstanceOf(StrataException.class)
        .hasMessage(
            "invalid argument \"destructive\" for \"--var\" flag: variables must be format as"
                + " key=value, got: \"destructive\"")
        .extracting(e -> ((StrataException) e).code())
        .isEqualTo(ErrorCode.USAGE);
    assertThatThrownBy(() -> InputVariables.parseFlags(List.of("a=1,b")))
        .hasMessage(
            "invalid argument \"a=1,b\" for \"--var\" flag: variables must be format as key=value,"
                + " got: \"b\"");
    assertThatThrownBy(() -> InputVariables.parseFlags(List.of("")))
        .hasMessage("invalid argument \"\" for \"--var\" flag: EOF");
    assertThatThrownBy(() -> InputVariables.parseFlags(List.of("a=\"b")))
        .hasMessage(
            "invalid argument \"a=\\\"b\" for \"--var\" flag: parse error on line 1, column 3: bare"
                + " \" in non-quoted-field");
  }
}
