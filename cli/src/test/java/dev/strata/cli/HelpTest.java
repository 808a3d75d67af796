package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command tree and its help, as a newcomer sees them. */
class HelpTest {
  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = Main.run(args, o, e, new BufferedReader(new StringReader("")), Map.of(), Path.of("."));
    }
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void rootHelpListsTheCommandGroups() {
    String[] r = run("--help");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("Usage: strata").contains("  migrate  ").contains("  schema   ");
  }

  @Test
  void everyBuiltCommandIsInTheTreeWithItsFlags() {
    assertThat(run("migrate", "--help")[1])
        .contains("  apply ", "  status ", "  set ", "  hash ", "  validate ", "  new ", "  diff ")
        .doesNotContain("  down ", "  lint ");
    assertThat(run("schema", "--help")[1]).contains("  inspect ", "  diff ", "  apply ", "  clean ");
    assertThat(run("migrate", "apply", "--help")[1])
        .contains("--url", "--dir", "--tx-mode", "--baseline", "--allow-dirty", "--exec-order", "--to-version",
            "--dry-run", "--lock-timeout", "--revisions-schema", "--format", "--env", "--config", "--var");
  }

  @Test
  void unknownCommandsAndFlagsFailLikeAtlas() {
    String[] cmd = run("migrate", "bogus");
    assertThat(cmd[0]).isEqualTo("1");
    assertThat(cmd[2]).isEqualTo("Error: unknown command \"bogus\" for \"strata migrate\"\n");
    String[] flag = run("migrate", "status", "--bogus=1");
    assertThat(flag[2]).isEqualTo("Error: unknown flag: --bogus\n");
    assertThat(run("--version")[1]).startsWith("strata version v");
  }
}
