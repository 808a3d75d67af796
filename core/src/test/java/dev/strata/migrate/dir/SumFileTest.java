package dev.strata.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SumFileTest {
  private static final String EMPTY = "h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n";

  private static String sumOf(MemDir dir) {
    return new String(SumFile.of(dir).toBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void workedExampleOfTheSpec() {
    MemDir dir = new MemDir().put("1.sql", "CREATE TABLE t(c int);");

    SumFile sum = SumFile.of(dir);

    assertThat(sum.entries())
        .containsExactly(
            new SumFile.Entry("1.sql", "CezfGQ5VWCqCl0k4uqEqdHp7HUcXfJJJW/HDemwwOU4="));
    assertThat(sum.total()).isEqualTo("UlTKUOtyPkjlVGFEr/5cymfwViRsiyTFXv3o/pYbVf0=");
    assertThat(sumOf(dir))
        .isEqualTo(
            "h1:UlTKUOtyPkjlVGFEr/5cymfwViRsiyTFXv3o/pYbVf0=\n"
                + "1.sql h1:CezfGQ5VWCqCl0k4uqEqdHp7HUcXfJJJW/HDemwwOU4=\n");
  }

  @Test
  void emptyDirectoryHasTheHashOfNothing() {
    assertThat(sumOf(new MemDir())).isEqualTo(EMPTY);
    assertThat(sumOf(new MemDir().put("README.md", "not a migration"))).isEqualTo(EMPTY);
  }

  @Test
  void severalFilesAreChainedInByteOrder() {
    MemDir dir =
        new MemDir()
            .put("2_b.sql", "CREATE TABLE b(id int);\n")
            .put("1_a.sql", "CREATE TABLE a(id int);\n")
            .put("10_c.sql", "DROP TABLE a;\n");

    // "10_c.sql" sorts before "1_a.sql": '0' < '_'.
    assertThat(sumOf(dir))
        .isEqualTo(
            "h1:ra97zTDZV4HCBJvEhP66Ua7LBNp1yA3O8VWH8zWl1LM=\n"
                + "10_c.sql h1:pGEMTFUe2EvOtoQEnQjBsWGZZOwvRD0g0dITE+ROpbs=\n"
                + "1_a.sql h1:Mdk6Ruh5sH0R0U4s0r0OS9ngsSnHhDx+X5OeF10LRAM=\n"
                + "2_b.sql h1:AqcgtIpEyH9jV8vC3UAPft3Z7+csqyEueIXJSsURbSc=\n");
  }

  @Test
  void ignoredFileHasNoLineButItsNameIsStillHashed() {
    MemDir dir =
        new MemDir()
            .put("1_a.sql", "CREATE TABLE a(id int);\n")
            .put("2_ignored.sql", "-- atlas:sum ignore\nSELECT 1;\n")
            .put("3_c.sql", "CREATE TABLE c(id int);\n");

    assertThat(sumOf(dir))
        .isEqualTo(
            "h1:1J8HcJx/Bp1jDzES3PoPXM39MouxHSj3SDg8kwc8u6Y=\n"
                + "1_a.sql h1:RsmPp2hAV7N2XhicPukz51DyZ3VX91vOk1sTCiENUEU=\n"
                + "3_c.sql h1:8BZmSIbu3AvU+DrtabJONhRH8xGFxxIlyGurIWkPezs=\n");
  }

  static Stream<Arguments> directives() {
    return Stream.of(
        Arguments.of("-- atlas:sum ignore\nSELECT 1;", true),
        Arguments.of("--atlas:sum ignore", true),
        Arguments.of("//atlas:sum ignore", true),
        Arguments.of("# atlas:sum ignore", true),
        Arguments.of("  -- atlas:sum   ignore", true),
        Arguments.of("-- note atlas:x atlas:sum ignore", true),
        // Atlas's regex stops at the first non-printable byte: a CR ends the argument.
        Arguments.of("-- atlas:sum ignore\r\nSELECT 1;", true),
        Arguments.of("-- atlas:sum ignore\u00e9", true),
        Arguments.of("-- atlas:sum ignore extra", false),
        Arguments.of("-- atlas:sum ignore ", false),
        Arguments.of("-- atlas:sum", false),
        Arguments.of("-- atlas:sum ignored", false),
        Arguments.of("-- atlas:sums ignore", false),
        Arguments.of("-- atlas:sum ignore atlas:txmode", false),
        Arguments.of("\t-- atlas:sum ignore", false),
        Arguments.of("SELECT 1;\n-- atlas:sum ignore", false),
        Arguments.of("-- caf\u00e9 atlas:sum ignore", false));
  }

  @ParameterizedTest(name = "[{index}] ignored={1}")
  @MethodSource("directives")
  void sumIgnoreDirectiveOnTheFirstLine(String content, boolean ignored) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);

    assertThat(SumFile.ignoredBySum(bytes, bytes.length)).isEqualTo(ignored);
    SumFile sum = SumFile.compute(List.of(MigrationFile.of(DirFormat.ATLAS, "1.sql", bytes)));
    assertThat(sum.entries()).hasSize(ignored ? 0 : 1);
  }

  @Test
  void invalidUtf8ContentIsHashedAsBytes() {
    byte[] bytes = {
      (byte) 0xff,
      (byte) 0xfe,
      0x00,
      0x41,
      (byte) 0xc3,
      0x28,
      '\n',
      '-',
      '-',
      ' ',
      'c',
      'a',
      'f',
      (byte) 0xc3,
      (byte) 0xa9,
      '\n'
    };
    MemDir dir = new MemDir();
    dir.writeFile("1_bin.sql", bytes);

    assertThat(sumOf(dir))
        .isEqualTo(
            "h1:me3IORomQ6l8Nqu1qGMEH/s9ugVgeNrDNJ240Jx6dOM=\n"
                + "1_bin.sql h1:lt8o98MsYHAY2G5mby/EMyA9lyIu83QMTMQcHuCkCS4=\n");
  }

  @Test
  void nonAsciiFileNamesAreHashedAsUtf8() {
    MemDir dir = new MemDir().put("caf\u00e9.sql", "SELECT '\u00e9';");

    assertThat(sumOf(dir))
        .isEqualTo(
            "h1:sONhRPf6tCuRw7yGRbkqox74hcaefYhacqYWcSEFvrI=\n"
                + "caf\u00e9.sql h1:b9Z2rLhGZ6UakFEfiWsbv/3iO9YcigbBIv9kLPtbg5Y=\n");
  }

  @Test
  void parseRoundTripsAndFindsHashes() {
    MemDir dir = new MemDir().put("1_a.sql", "A;").put("2_b.sql", "B;");
    SumFile sum = SumFile.of(dir);

    SumFile parsed = SumFile.parse(sum.toBytes());

    assertThat(parsed).isEqualTo(sum);
    assertThat(parsed.hashOf("2_b.sql")).contains(sum.entries().get(1).hash());
    assertThat(parsed.hashOf("3_c.sql")).isEmpty();
  }

  @Test
  void parseAcceptsCrlfAndPaddedNames() {
    SumFile sum = SumFile.of(new MemDir().put("1.sql", "CREATE TABLE t(c int);"));
    String crlf =
        new String(sum.toBytes(), StandardCharsets.UTF_8)
            .replace("1.sql h1:", "  1.sql\th1:")
            .replace("\n", "\r\n");

    assertThat(SumFile.parse(crlf.getBytes(StandardCharsets.UTF_8))).isEqualTo(sum);
  }

  @Test
  void parseRejectsALineWithoutHash() {
    String text = EMPTY + "1.sql no-hash-here\n";

    assertThatThrownBy(() -> SumFile.parse(text.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(StrataException.class)
        .isNotInstanceOf(ChecksumMismatchException.class)
        .hasMessage("checksum file format invalid")
        .extracting(e -> ((StrataException) e).code())
        .isEqualTo(ErrorCode.CHECKSUM);
  }

  @Test
  void parseRejectsAnEmptyLineInTheMiddle() {
    String text = "h1:x\n\n1.sql h1:y\n";

    assertThatThrownBy(() -> SumFile.parse(text.getBytes(StandardCharsets.UTF_8)))
        .hasMessage("checksum file format invalid");
  }

  @Test
  void parseDetectsATamperedFile() {
    String good =
        new String(
            SumFile.of(new MemDir().put("1.sql", "CREATE TABLE t(c int);")).toBytes(),
            StandardCharsets.UTF_8);
    String tampered = good.replace("Cezf", "Xezf");

    assertThatThrownBy(() -> SumFile.parse(tampered.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            ChecksumMismatchException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("checksum mismatch");
              assertThat(e.code()).isEqualTo(ErrorCode.CHECKSUM);
              assertThat(e.reason()).isNull();
              assertThat(e.file()).isNull();
              assertThat(e.line()).isZero();
            });
  }

  @Test
  void parseOfAnEmptyFileIsAMismatch() {
    assertThatThrownBy(() -> SumFile.parse(new byte[0]))
        .isInstanceOf(ChecksumMismatchException.class);
  }

  @Test
  void cumulativeStatementHashesOfThePartialRevisionExample() {
    assertThat(
            SumFile.statementHashes(List.of("CREATE TABLE t(c int);", "ALTER TABLE t ADD d int;")))
        .containsExactly(
            "h1:HvHtw0f95pW7hqD/Ljk212EnnmbZH9rpY8lA8//FWqA=",
            "h1:kz+pYZ5sgJJVfbAjwdrAeyM/InDkK4zeDDeb338AflE=");
    assertThat(SumFile.statementHashes(List.of())).isEmpty();
  }
}
