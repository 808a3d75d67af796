package dev.strata.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the splitter on arbitrary input built from SQL's troublesome pieces. */
class SplitterPropertiesTest {
  private static final List<String> PIECES =
      List.of(
          "'",
          "\"",
          "`",
          "(",
          ")",
          ";",
          ";",
          "$",
          "$$",
          "$a$",
          "$1",
          "-",
          "--",
          "/",
          "*",
          "/*",
          "*/",
          "/*!",
          "#",
          "\n",
          "\n",
          "\r\n",
          " ",
          " ",
          "\t",
          "\\",
          "E'",
          "x",
          "SELECT 1",
          "BEGIN ",
          "begin\n",
          "BEGIN;",
          "END",
          "END;",
          "end ;",
          "END IF;",
          "CASE ",
          "ATOMIC ",
          "BEGIN ATOMIC ",
          "é",
          "😀",
          "\u00a0",
          "\uFEFF",
          "-- c\n",
          "-- c\n\n",
          "/* c */",
          "ab",
          "cd ");
  private static final List<String> DELIMITER_PIECES =
      List.of("DELIMITER //\n", "delimiter ;\n", "DELIMITER $$\n", "//", "$$", "DELIMITER ''\n");

  @Provide
  Arbitrary<String> sql() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> blocks() {
    return Arbitraries.of(
            "BEGIN ",
            "begin\n",
            "BEGIN ATOMIC ",
            "END",
            "END;",
            " END ;",
            "END IF;",
            ";",
            ";",
            "x",
            "x ",
            " ",
            "\n",
            "(",
            ")",
            "-- c\n",
            "/* c */",
            "'",
            "$$",
            "CASE ")
        .list()
        .ofMaxSize(40)
        .map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> anySql() {
    List<String> all = new ArrayList<>(PIECES);
    all.addAll(DELIMITER_PIECES);
    all.add("-- atlas:delimiter //\n");
    Arbitrary<String> body = Arbitraries.of(all).list().ofMaxSize(60).map(l -> String.join("", l));
    Arbitrary<String> head =
        Arbitraries.of(
            "", "", "", "-- atlas:delimiter //\n", "-- atlas:delimiter \\n\\n\n", "\uFEFF");
    return head.flatMap(h -> body.map(b -> h + b));
  }

  @Provide
  Arbitrary<LexOptions> dialects() {
    return Arbitraries.of(
        LexOptions.MYSQL, LexOptions.POSTGRES, LexOptions.SQLITE, LexOptions.GENERIC);
  }

  /**
   * Statements or a ScanException inside the input; offsets increase; texts sit at their offsets.
   */
  @Property(tries = 3000)
  void splitsOrFailsWithAPosition(
      @ForAll("anySql") String input, @ForAll("dialects") LexOptions options) {
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    List<Statement> out = new ArrayList<>();
    try (StatementScanner scanner =
        StatementScanner.open(new ByteArrayInputStream(bytes), options)) {
      for (Statement s = scanner.next(); s != null; s = scanner.next()) {
        out.add(s);
      }
    } catch (ScanException e) {
      Positions.assertAt(bytes, e);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    long last = -1;
    for (Statement s : out) {
      assertThat(s.offset()).isGreaterThan(last);
      last = s.offset();
      if (!s.text().isEmpty()) {
        Positions.assertAt(bytes, s);
      }
    }
  }

  /** Streaming through a 2-character buffer fed one character at a time changes nothing. */
  @Property(tries = 2000)
  void bufferBoundariesDoNotMatter(
      @ForAll("anySql") String input, @ForAll("dialects") LexOptions options) {
    assertThat(
            outcome(
                new StatementScanner(
                    CharSource.of(new Trickle(input), 2), options, BlockRule.DEFAULT_MAX_CHARS)))
        .isEqualTo(
            outcome(
                new StatementScanner(CharSource.of(input), options, BlockRule.DEFAULT_MAX_CHARS)));
  }

  /** A size hint only sizes buffers: right, too small or absent, the statements are the same. */
  @Property(tries = 2000)
  void sizeHintsDoNotMatter(
      @ForAll("anySql") String input,
      @ForAll("dialects") LexOptions options,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -1, max = 64) int smallHint) {
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    List<String> plain = outcome(StatementScanner.open(new ByteArrayInputStream(bytes), options));
    assertThat(outcome(StatementScanner.open(new ByteArrayInputStream(bytes), options, bytes.length)))
        .isEqualTo(plain);
    assertThat(outcome(StatementScanner.open(new ByteArrayInputStream(bytes), options, smallHint)))
        .isEqualTo(plain);
  }

  /** A tiny block look-ahead still yields well-formed statements covering the same input. */
  @Property(tries = 1000)
  void smallBlockCapStaysWellFormed(
      @ForAll("sql") String input, @ForAll("dialects") LexOptions options) {
    List<String> capped =
        outcome(new StatementScanner(CharSource.of(new Trickle(input), 2), options, 8));
    List<String> full =
        outcome(new StatementScanner(CharSource.of(input), options, BlockRule.DEFAULT_MAX_CHARS));
    assertThat(last(capped).startsWith("error: ")).isEqualTo(last(full).startsWith("error: "));
  }

  /** The streaming scanner agrees with a literal, recursive port of Atlas's algorithm. */
  @Property(tries = 10000)
  void agreesWithTheRecursiveReference(
      @ForAll("sql") String input, @ForAll("dialects") LexOptions options) {
    List<String> expected = new ArrayList<>();
    try {
      for (ReferenceScanner.Stmt s : ReferenceScanner.scan(input, options)) {
        expected.add(s.offset() + " " + s.comments() + " " + s.text());
      }
    } catch (ReferenceScanner.Failure f) {
      expected = List.of("error: " + f.getMessage());
    }
    List<String> actual = new ArrayList<>();
    try {
      for (Statement s : Splitter.split(input, options)) {
        actual.add(s.offset() + " " + s.comments() + " " + s.text());
      }
    } catch (ScanException e) {
      actual = List.of("error: " + e.getMessage());
    }
    assertThat(actual).isEqualTo(expected);
  }

  /** The same, on input made mostly of block words. */
  @Property(tries = 10000)
  void agreesWithTheReferenceOnBlocks(
      @ForAll("blocks") String input, @ForAll("dialects") LexOptions options) {
    agreesWithTheRecursiveReference(input, options);
  }

  private static String last(List<String> l) {
    return l.isEmpty() ? "" : l.get(l.size() - 1);
  }

  private static List<String> outcome(StatementScanner scanner) {
    List<String> out = new ArrayList<>();
    try {
      for (Statement s = scanner.next(); s != null; s = scanner.next()) {
        out.add(
            s.offset() + ":" + s.line() + ":" + s.column() + " " + s.comments() + " " + s.text());
      }
    } catch (ScanException e) {
      out.add("error: " + e.getMessage() + " @" + e.offset());
    }
    return out;
  }

  /** A reader that returns one character per call, so every character is a buffer boundary. */
  static final class Trickle extends Reader {
    private final StringReader in;

    Trickle(String s) {
      this.in = new StringReader(s);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      return in.read(cbuf, off, Math.min(len, 1));
    }

    @Override
    public void close() {
      in.close();
    }
  }
}
