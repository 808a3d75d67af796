package dev.strata.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three public sample schemas split with their dialect. Expected totals come from the schemas'
 * README (counted with other tools); per-kind counts are checked against a line-based count of the
 * raw file, which does not depend on the splitter.
 */
class SchemaFilesTest {
  private static final Path SCHEMAS =
      Paths.get("../../shared/testdata/schemas").toAbsolutePath().normalize();

  @ParameterizedTest
  @CsvSource({
    "sakila.mysql.sql, MYSQL, 46",
    "pagila.postgres.sql, POSTGRES, 233",
    "chinook.sqlite.sql, SQLITE, 33"
  })
  void splitsTheSampleSchemas(String file, String dialect, int expected) throws IOException {
    Path path = schema(file);
    LexOptions options =
        dialect.equals("MYSQL")
            ? LexOptions.MYSQL
            : dialect.equals("POSTGRES") ? LexOptions.POSTGRES : LexOptions.SQLITE;
    byte[] bytes = Files.readAllBytes(path);
    List<Statement> statements = new ArrayList<>();
    try (InputStream in = Files.newInputStream(path);
        StatementScanner scanner = StatementScanner.open(in, options)) {
      for (Statement s = scanner.next(); s != null; s = scanner.next()) {
        Positions.assertAt(bytes, s);
        statements.add(s);
      }
    }
    assertThat(statements).hasSize(expected);
    assertThat(Splitter.split(new String(bytes, StandardCharsets.UTF_8), options))
        .isEqualTo(statements);
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (String kind :
        List.of(
            "CREATE TABLE",
            "CREATE INDEX",
            "CREATE TRIGGER",
            "CREATE FUNCTION",
            "CREATE PROCEDURE",
            "CREATE VIEW",
            "DROP TABLE",
            "ALTER TABLE",
            "SET")) {
      assertThat(count(statements, kind)).as(kind).isEqualTo(linesStartingWith(text, kind));
    }
    for (Statement s : statements) {
      assertThat(s.text())
          .doesNotStartWith("DELIMITER")
          .doesNotEndWith("$$")
          .doesNotEndWith("//")
          .doesNotEndWith(";;");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "sakila.mysql.sql, CREATE TRIGGER, 3",
    "sakila.mysql.sql, CREATE PROCEDURE, 3",
    "sakila.mysql.sql, CREATE FUNCTION, 3",
    "pagila.postgres.sql, CREATE FUNCTION, 9",
    "pagila.postgres.sql, CREATE TRIGGER, 15",
    "chinook.sqlite.sql, CREATE INDEX, 11"
  })
  void routinesStayWhole(String file, String kind, int expected) throws IOException {
    LexOptions options =
        file.contains("mysql")
            ? LexOptions.MYSQL
            : file.contains("postgres") ? LexOptions.POSTGRES : LexOptions.SQLITE;
    List<Statement> statements = Splitter.split(Files.readString(schema(file)), options);
    assertThat(count(statements, kind)).isEqualTo(expected);
    for (Statement s : statements) {
      String upper = s.text().toUpperCase(Locale.ROOT);
      if (upper.startsWith("CREATE FUNCTION")
          || upper.startsWith("CREATE PROCEDURE")
          || upper.startsWith("CREATE TRIGGER")) {
        // a routine ends with its body: END, a dollar quote or the trigger's function call
        assertThat(upper).matches(Pattern.compile("(?s).*(END|END;|\\$_?\\$;|\\);)"));
      }
    }
  }

  private static Path schema(String file) {
    return SCHEMAS.resolve(file);
  }

  private static long count(List<Statement> statements, String kind) {
    return statements.stream().filter(s -> startsWithKind(s.text(), kind)).count();
  }

  private static long linesStartingWith(String text, String kind) {
    return text.lines().filter(l -> startsWithKind(l, kind)).count();
  }

  /**
   * CREATE VIEW also matches {@code CREATE DEFINER=... VIEW} and {@code CREATE OR REPLACE VIEW}.
   */
  private static boolean startsWithKind(String s, String kind) {
    String upper = s.toUpperCase(Locale.ROOT);
    if (kind.equals("CREATE VIEW")) {
      return upper.startsWith("CREATE ")
          && upper.lines().findFirst().orElse("").matches(".*\\bVIEW\\b.*");
    }
    return upper.startsWith(kind + " ") || upper.startsWith(kind + "\n");
  }
}
