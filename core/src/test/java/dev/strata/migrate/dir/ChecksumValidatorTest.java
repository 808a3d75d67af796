package dev.strata.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecksumValidatorTest {

  private static MemDir hashed(MemDir dir) {
    MigrationDirs.rehash(dir);
    return dir;
  }

  private static ChecksumMismatchException mismatch(MigrationDir dir) {
    try {
      ChecksumValidator.validate(dir);
    } catch (ChecksumMismatchException e) {
      return e;
    }
    throw new AssertionError("expected a checksum mismatch");
  }

  @Test
  void noSumAndNoFilesIsFine() {
    MemDir dir = new MemDir().put("notes.txt", "hello");

    assertThat(ChecksumValidator.validate(dir).entries()).isEmpty();
  }

  @Test
  void noSumButFilesIsAnError() {
    MemDir dir = new MemDir().put("1.sql", "SELECT 1;");

    assertThatThrownBy(() -> ChecksumValidator.validate(dir))
        .isInstanceOf(StrataException.class)
        .hasMessage("checksum file not found")
        .extracting(e -> ((StrataException) e).code())
        .isEqualTo(ErrorCode.CHECKSUM);
  }

  @Test
  void noSumForAnotherFormatLooksAtThatFormatsFiles() {
    // golang-migrate: only *.up.sql files are migrations; a lone down file needs no sum.
    MemDir dir = new MemDir("m", DirFormat.GOLANG_MIGRATE).put("1_x.down.sql", "DROP TABLE x;");

    assertThat(ChecksumValidator.validate(dir).entries()).isEmpty();
  }

  @Test
  void inSyncDirectoryReturnsItsSum() {
    MemDir dir = hashed(new MemDir().put("1_first.sql", "A;").put("2_second.sql", "B;"));

    SumFile sum = ChecksumValidator.validate(dir);

    assertThat(sum).isEqualTo(SumFile.of(dir));
    assertThat(sum.hashOf("2_second.sql")).isPresent();
  }

  @Test
  void fileAddedAtTheEnd() {
    MemDir dir = hashed(new MemDir().put("1_first.sql", "A;"));
    dir.put("2_second.sql", "B;");

    ChecksumMismatchException e = mismatch(dir);

    assertThat(e.getMessage()).isEqualTo("checksum mismatch");
    assertThat(e.code()).isEqualTo(ErrorCode.CHECKSUM);
    assertThat(e.reason()).isEqualTo(ChecksumMismatchException.Reason.ADDED);
    assertThat(e.file()).isEqualTo("2_second.sql");
    assertThat(e.line()).isEqualTo(3);
    // 48 bytes of total line, then "1_first.sql h1:<44>\n" = 11 + 1 + 47 + 1.
    assertThat(e.pos()).isEqualTo(48 + 60);
    assertThat(ChecksumValidator.explain(e, false))
        .isEqualTo(
            "You have a checksum error in your migration directory.\n\n"
                + "\tL3: 2_second.sql was added\n\n"
                + "Please check your migration files and run 'strata migrate hash' to re-hash the"
                + " contents\n\n");
  }

  @Test
  void fileInsertedBeforeOthersIsReportedAsAddedAtThatLine() {
    MemDir dir = hashed(new MemDir().put("1_a.sql", "A;").put("3_c.sql", "C;"));
    dir.put("2_b.sql", "B;");

    ChecksumMismatchException e = mismatch(dir);

    assertThat(e.reason()).isEqualTo(ChecksumMismatchException.Reason.ADDED);
    assertThat(e.file()).isEqualTo("2_b.sql");
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void fileEdited() {
    MemDir dir = hashed(new MemDir().put("1_a.sql", "A;").put("2_b.sql", "B;"));
    dir.put("1_a.sql", "A2;");

    ChecksumMismatchException e = mismatch(dir);

    assertThat(e.reason()).isEqualTo(ChecksumMismatchException.Reason.EDITED);
    assertThat(e.file()).isEqualTo("1_a.sql");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.pos()).isEqualTo(48);
    assertThat(ChecksumValidator.explain(e, false)).contains("\tL2: 1_a.sql was edited\n");
  }

  @Test
  void fileRemoved() {
    MemDir dir =
        hashed(new MemDir().put("1_a.sql", "A;").put("2_b.sql", "B;").put("3_c.sql", "C;"));
    dir.remove("2_b.sql");

    ChecksumMismatchException e = mismatch(dir);

    assertThat(e.reason()).isEqualTo(ChecksumMismatchException.Reason.REMOVED);
    assertThat(e.file()).isEqualTo("2_b.sql");
    assertThat(e.line()).isEqualTo(3);
    assertThat(ChecksumValidator.explain(e, false)).contains("\tL3: 2_b.sql was removed\n");
  }

  @Test
  void lastFileRemoved() {
    MemDir dir = hashed(new MemDir().put("1_a.sql", "A;").put("2_b.sql", "B;"));
    dir.remove("2_b.sql");

    ChecksumMismatchException e = mismatch(dir);

    assertThat(e.reason()).isEqualTo(ChecksumMismatchException.Reason.REMOVED);
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void ignoringAFileLaterIsReportedAsARemovedLine() {
    MemDir dir = hashed(new MemDir().put("1_a.sql", "A;").put("2_b.sql", "B;"));
    dir.put("1_a.sql", "-- atlas:sum ignore\nA;");

    ChecksumMismatchException e = mismatch(dir);

    assertThat(e.reason()).isEqualTo(ChecksumMismatchException.Reason.REMOVED);
    assertThat(e.file()).isEqualTo("1_a.sql");
  }

  @Test
  void tamperedSumFileHasNoLineInTheBlock() {
    MemDir dir = hashed(new MemDir().put("1_a.sql", "A;"));
    String sum = new String(dir.readSum().orElseThrow(), StandardCharsets.UTF_8);
    dir.writeSum(sum.replaceFirst("h1:.", "h1:_").getBytes(StandardCharsets.UTF_8));

    ChecksumMismatchException e = mismatch(dir);

    assertThat(e.reason()).isNull();
    assertThat(ChecksumValidator.explain(e, false))
        .isEqualTo(
            "You have a checksum error in your migration directory.\n"
                + "Please check your migration files and run 'strata migrate hash' to re-hash the"
                + " contents\n\n");
  }

  @Test
  void corruptSumFile() {
    MemDir dir = new MemDir().put("1_a.sql", "A;");
    dir.writeSum("h1:abc\ngarbage\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> ChecksumValidator.validate(dir))
        .isInstanceOf(StrataException.class)
        .hasMessage("checksum file format invalid");
  }

  @Test
  void notFoundBlockAndColor() {
    StrataException notFound = new StrataException(ErrorCode.CHECKSUM, "checksum file not found");

    assertThat(ChecksumValidator.explain(notFound, true))
        .isEqualTo(
            "You have a checksum error in your migration directory.\n"
                + "Please check your migration files and run \u001b[36m'strata migrate"
                + " hash'\u001b[0m to re-hash the contents\n\n");
  }
}
