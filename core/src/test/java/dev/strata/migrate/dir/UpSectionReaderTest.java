package dev.strata.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UpSectionReaderTest {

  private static List<String> trimmed(List<SqlChunk> chunks) {
    return chunks.stream().map(c -> c.text().strip()).collect(Collectors.toList());
  }

  @Test
  void gooseLineRuleAndBlocks() {
    String text =
        "-- comment before Up is not part of the up section\n"
            + "-- +goose Up\n" // 2
            + "CREATE TABLE post\n" // 3
            + "(\n"
            + "    id int NOT NULL\n"
            + ");   \n" // 6: trailing blanks trimmed
            + "\n" // 7
            + "INSERT INTO post (title) VALUES ('Down'); -- kept\n" // 8: 'Down' is not a pragma
            + "-- a comment ending with;\n" // 9: comments do not end statements
            + "UPDATE post SET title = 'x'\n" // 10
            + "WHERE id = 1;\n" // 11
            + "\n"
            + "-- +goose StatementBegin\n" // 13
            + "CREATE FUNCTION f() RETURNS int AS $$\n" // 14
            + "BEGIN RETURN 1; END;\n"
            + "$$ LANGUAGE plpgsql;\n"
            + "-- +goose StatementEnd\n" // 17
            + "-- +goose Down\n"
            + "DROP TABLE post;\n";

    List<SqlChunk> chunks = DirFormat.GOOSE.upChunks("1.sql", text);

    assertThat(chunks)
        .containsExactly(
            new SqlChunk("CREATE TABLE post\n(\n    id int NOT NULL\n);", 3, false),
            new SqlChunk(
                "\nINSERT INTO post (title) VALUES ('Down'); -- kept\n"
                    + "-- a comment ending with;\nUPDATE post SET title = 'x'\nWHERE id = 1;",
                7,
                false),
            new SqlChunk(
                "CREATE FUNCTION f() RETURNS int AS $$\nBEGIN RETURN 1; END;\n$$ LANGUAGE plpgsql;",
                14,
                false));
  }

  @Test
  void gooseLineRuleIsAtlassEvenInsideAString() {
    // Atlas (and goose) end a statement at any line ending with ';' outside StatementBegin/End.
    List<SqlChunk> chunks =
        DirFormat.GOOSE.upChunks("1.sql", "-- +goose Up\nINSERT INTO t VALUES ('a;\nb');\n");

    assertThat(trimmed(chunks)).containsExactly("INSERT INTO t VALUES ('a;", "b');");
  }

  @Test
  void gooseTrailingTextWithoutSemicolonIsTheLastStatement() {
    List<SqlChunk> chunks = DirFormat.GOOSE.upChunks("1.sql", "-- +goose Up\nSELECT 1;\nSELECT 2");

    assertThat(chunks)
        .containsExactly(new SqlChunk("SELECT 1;", 2, false), new SqlChunk("SELECT 2", 3, false));
  }

  @Test
  void gooseWithCrlfLineEndings() {
    List<SqlChunk> chunks =
        DirFormat.GOOSE.upChunks(
            "1.sql",
            "-- +goose Up\r\n"
                + "SELECT 1;\r\n"
                + "-- +goose StatementBegin\r\n"
                + "SELECT 2;\r\n"
                + "-- +goose StatementEnd\r\n");

    assertThat(trimmed(chunks)).containsExactly("SELECT 1;", "SELECT 2;");
  }

  @Test
  void gooseMisplacedPragmas() {
    assertPragmaError(
        "-- +goose Down\n", "sql/migrate: goose: 2_x.sql:1 unexpected goosePragma 'Down'");
    assertPragmaError(
        "-- +goose Up\n-- +goose Up\n",
        "sql/migrate: goose: 2_x.sql:2 unexpected goosePragma 'Up'");
    assertPragmaError(
        "-- +goose Up\n-- +goose StatementEnd\n",
        "sql/migrate: goose: 2_x.sql:2 unexpected goosePragma 'StatementEnd'");
    assertPragmaError(
        "-- +goose StatementBegin\n",
        "sql/migrate: goose: 2_x.sql:1 unexpected goosePragma 'StatementBegin'");
    assertPragmaError(
        "-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n-- +goose Down\n",
        "sql/migrate: goose: 2_x.sql:4 unexpected goosePragma 'Down'");
  }

  private static void assertPragmaError(String text, String message) {
    assertThatThrownBy(() -> DirFormat.GOOSE.upChunks("2_x.sql", text))
        .isInstanceOf(StrataException.class)
        .hasMessage(message)
        .extracting(e -> ((StrataException) e).code())
        .isEqualTo(ErrorCode.DIRECTORY);
  }

  @Test
  void gooseWithoutUpHasNoStatements() {
    assertThat(DirFormat.GOOSE.upChunks("1.sql", "SELECT 1;\n")).isEmpty();
  }

  @Test
  void dbmateUpPart() {
    String text =
        "-- header\n"
            + "-- migrate:up\n"
            + "CREATE TABLE a(x int);\n\n"
            + "INSERT INTO a VALUES (1); -- shutdown\n"
            + "-- migrate:down\n"
            + "DROP TABLE a;\n";

    assertThat(DirFormat.DBMATE.upChunks("1.sql", text))
        .containsExactly(
            new SqlChunk(
                "CREATE TABLE a(x int);\n\nINSERT INTO a VALUES (1); -- shutdown", 3, true));
  }

  @Test
  void dbmateOptionsAfterTheUpMarker() {
    String text =
        "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t(c);\n-- migrate:down\n";

    assertThat(DirFormat.DBMATE.upChunks("1.sql", text))
        .containsExactly(new SqlChunk("CREATE INDEX CONCURRENTLY i ON t(c);", 2, true));
  }

  @Test
  void dbmateWithoutUpMarkerOrEmptyUp() {
    assertThat(DirFormat.DBMATE.upChunks("1.sql", "SELECT 1;\n")).isEmpty();
    assertThat(
            DirFormat.DBMATE.upChunks("1.sql", "-- migrate:up\n\n-- migrate:down\nDROP TABLE a;"))
        .isEmpty();
  }
}
