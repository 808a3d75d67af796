package dev.strata.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: {@code src/test/resources/splitter/<dialect>/<case>.sql} split with the dialect's
 * options must render exactly as {@code <case>.golden}. Run with {@code -Dgolden.update=true} to
 * rewrite the goldens, then review the diff: the goldens are the splitter's specification.
 */
class GoldenSplitTest {
  static final Path ROOT = Paths.get("src/test/resources/splitter");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TestFactory
  Stream<DynamicTest> goldens() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String dialect : List.of("mysql", "postgres", "sqlite", "generic")) {
      try (Stream<Path> files = Files.list(ROOT.resolve(dialect))) {
        files
            .filter(f -> f.toString().endsWith(".sql"))
            .sorted()
            .forEach(
                f ->
                    tests.add(
                        DynamicTest.dynamicTest(
                            dialect + "/" + f.getFileName(), () -> check(dialect, f))));
      }
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(40);
    return tests.stream();
  }

  static LexOptions options(String dialect) {
    switch (dialect) {
      case "mysql":
        return LexOptions.MYSQL;
      case "postgres":
        return LexOptions.POSTGRES;
      case "sqlite":
        return LexOptions.SQLITE;
      default:
        return LexOptions.GENERIC;
    }
  }

  private static void check(String dialect, Path sql) throws IOException {
    byte[] input = Files.readAllBytes(sql);
    String actual = render(input, options(dialect));
    Path golden = Paths.get(sql.toString().replaceAll("\\.sql$", ".golden"));
    if (UPDATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden file (run with -Dgolden.update=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /**
   * Renders the statements of {@code input} (and a final error), checking each position on the way.
   */
  static String render(byte[] input, LexOptions options) {
    StringBuilder out = new StringBuilder();
    Map<String, List<String>> fileDirectives =
        Directives.ofFile(new String(input, StandardCharsets.UTF_8));
    if (!fileDirectives.isEmpty()) {
      out.append("--- file directives: ").append(fileDirectives).append('\n');
    }
    int n = 0;
    try (StatementScanner scanner =
        StatementScanner.open(new ByteArrayInputStream(input), options)) {
      for (Statement s = scanner.next(); s != null; s = scanner.next()) {
        Positions.assertAt(input, s);
        out.append("--- statement ")
            .append(++n)
            .append(" at ")
            .append(s.line())
            .append(':')
            .append(s.column())
            .append(", byte ")
            .append(s.offset())
            .append('\n');
        for (String c : s.comments()) {
          out.append("comment: ").append(visible(c, true)).append('\n');
        }
        Map<String, List<String>> directives = Directives.ofStatement(s);
        if (!directives.isEmpty()) {
          out.append("directives: ").append(directives).append('\n');
        }
        out.append(visible(s.text(), false)).append('\n');
      }
      out.append("--- end: ").append(n).append(n == 1 ? " statement" : " statements").append('\n');
    } catch (ScanException e) {
      Positions.assertAt(input, e);
      out.append("--- error: ").append(e.getMessage()).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Returns {@code s} with invisible characters shown: ␍ ␉ (and ␊ in comments), others as ⟨U+XXXX⟩.
   */
  static String visible(String s, boolean newlines) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        b.append(newlines ? "␊" : "\n");
      } else if (c == '\r') {
        b.append('␍');
      } else if (c == '\t') {
        b.append('␉');
      } else if (c != ' '
          && (Character.isISOControl(c)
              || Character.isWhitespace(c)
              || Character.isSpaceChar(c)
              || Character.getType(c) == Character.FORMAT)) {
        b.append(String.format("⟨U+%04X⟩", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
