package dev.strata.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StatementScannerTest {
  private static List<String> texts(StatementScanner scanner) {
    List<String> out = new ArrayList<>();
    for (Statement s = scanner.next(); s != null; s = scanner.next()) {
      out.add(s.text());
    }
    return out;
  }

  private static List<String> split(String sql, LexOptions options, long maxBlockChars) {
    return texts(
        new StatementScanner(CharSource.of(new StringReader(sql), 4), options, maxBlockChars));
  }

  @Test
  void readerAndStreamAgree() {
    String sql =
        "-- é\nSELECT 'ü';\nCREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END;\nSELECT 2";
    List<Statement> viaReader = new ArrayList<>();
    StatementScanner r = new StatementScanner(new StringReader(sql), LexOptions.SQLITE);
    for (Statement s = r.next(); s != null; s = r.next()) {
      viaReader.add(s);
    }
    assertThat(viaReader).hasSize(3).isEqualTo(Splitter.split(sql, LexOptions.SQLITE));
    assertThat(viaReader.get(1).offset())
        .isEqualTo(sql.indexOf("CREATE") + 2); // é and ü take two bytes
    assertThat(r.next()).isNull();
  }

  @Test
  void aBlockLongerThanTheCapIsNotABlock() {
    String trigger = "CREATE TRIGGER t AFTER INSERT ON x BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;";
    assertThat(split(trigger, LexOptions.SQLITE, 1000)).containsExactly(trigger);
    assertThat(split(trigger, LexOptions.SQLITE, 40))
        .containsExactly(
            "CREATE TRIGGER t AFTER INSERT ON x BEGIN\n  SELECT 1;", "SELECT 2;", "END;");
  }

  @Test
  void anUnclosedBeginBeyondTheCapLeavesLaterBlocksWhole() {
    StringBuilder sql = new StringBuilder("BEGIN TRANSACTION;\n");
    for (int i = 0; i < 50; i++) {
      sql.append("INSERT INTO t VALUES (").append(i).append(");\n");
    }
    sql.append("CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END;\nCOMMIT;\n");
    List<String> out = split(sql.toString(), LexOptions.SQLITE, 200);
    assertThat(out)
        .hasSize(53)
        .startsWith("BEGIN TRANSACTION;", "INSERT INTO t VALUES (0);")
        .endsWith("CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END;", "COMMIT;");
    assertThat(split(sql.toString(), LexOptions.SQLITE, BlockRule.DEFAULT_MAX_CHARS))
        .isEqualTo(out);
  }

  @Test
  void manyUnclosedBeginsStayLinear() {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sql.append("BEGIN TRANSACTION;\nINSERT INTO t VALUES (").append(i).append(");\nCOMMIT;\n");
    }
    long start = System.nanoTime();
    assertThat(split(sql.toString(), LexOptions.SQLITE, 4096)).hasSize(60_000);
    assertThat(Splitter.split(sql.toString(), LexOptions.SQLITE)).hasSize(60_000);
    String atomic = "SELECT 1 BEGIN ATOMIC SELECT 2;\n".repeat(20_000);
    assertThat(Splitter.split(atomic, LexOptions.POSTGRES)).hasSize(20_000);
    assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
  }

  @Test
  void anErrorComesAfterTheStatementsBeforeItAndRepeats() {
    StatementScanner s =
        new StatementScanner(new StringReader("SELECT 1;\nSELECT (;\n"), LexOptions.GENERIC);
    assertThat(s.next().text()).isEqualTo("SELECT 1;");
    assertThatThrownBy(s::next).isInstanceOf(ScanException.class).hasMessage("2:8: unclosed '('");
    assertThatThrownBy(s::next).isInstanceOf(ScanException.class).hasMessage("2:8: unclosed '('");
  }

  @Test
  void scanExceptionsCarryTheirPosition() {
    assertThatThrownBy(() -> Splitter.split("SELECT 1;\n\nSELECT 'x", LexOptions.POSTGRES))
        .isInstanceOfSatisfying(
            ScanException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.SCAN);
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(8);
              assertThat(e.offset()).isEqualTo(19);
              assertThat(e.reason()).isEqualTo("unclosed quote '\\''");
            });
    assertThatThrownBy(() -> Splitter.split("SELECT \"", LexOptions.POSTGRES))
        .hasMessage("1:8: unclosed quote '\"'");
    assertThatThrownBy(() -> Splitter.split("SELECT `", LexOptions.POSTGRES))
        .hasMessage("1:8: unclosed quote '`'");
  }

  @Test
  void invalidUtf8IsNeverReplaced() {
    byte[] bytes = {'S', 'E', 'L', 'E', 'C', 'T', ' ', 1, (byte) 0xC3, '(', ';'};
    StatementScanner s = StatementScanner.open(new ByteArrayInputStream(bytes), LexOptions.MYSQL);
    assertThatThrownBy(s::next)
        .isInstanceOf(ScanException.class)
        .hasMessage("1:8: invalid UTF-8 byte 0xc3");
  }

  @Test
  void readFailuresAreInternalErrorsWithTheirCause() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    StatementScanner s = StatementScanner.open(broken, LexOptions.MYSQL);
    assertThatThrownBy(s::next)
        .isInstanceOfSatisfying(
            StrataException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL);
              assertThat(e)
                  .hasMessageContaining("disk on fire")
                  .hasCauseInstanceOf(IOException.class);
            });
  }

  @Test
  void closeClosesTheReader() throws IOException {
    boolean[] closed = {false};
    Reader r =
        new StringReader("SELECT 1;") {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    new StatementScanner(r, LexOptions.GENERIC).close();
    assertThat(closed[0]).isTrue();
  }

  @Test
  void customDelimitersAreStrippedAndTheDefaultOneKept() {
    String sql =
        "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END //\nDELIMITER ;\nSELECT 2;";
    assertThat(
            Splitter.split(sql, LexOptions.MYSQL).stream()
                .map(Statement::text)
                .collect(Collectors.toList()))
        .containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; END", "SELECT 2;");
    // without the DELIMITER command option the line is an ordinary statement
    assertThat(Splitter.split("DELIMITER //\nSELECT 1//", LexOptions.SQLITE)).hasSize(1);
  }

  @Test
  void emptyAndCommentOnlyInputsHaveNoStatements() {
    assertThat(Splitter.split("", LexOptions.GENERIC)).isEmpty();
    assertThat(Splitter.split("-- a\n/* b */\n", LexOptions.GENERIC)).isEmpty();
    assertThat(Splitter.split("\uFEFF", LexOptions.GENERIC)).isEmpty();
  }
}
