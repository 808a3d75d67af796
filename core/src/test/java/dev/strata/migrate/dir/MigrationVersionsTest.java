package dev.strata.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class MigrationVersionsTest {

  private static List<MigrationFile> files(String... names) {
    List<MigrationFile> out = new ArrayList<>();
    for (String n : names) {
      out.add(MigrationFile.of(DirFormat.ATLAS, n, new byte[0]));
    }
    return out;
  }

  @Test
  void plainStringOrder() {
    assertThat(MigrationVersions.compare("10", "9")).isNegative();
    assertThat(MigrationVersions.compare("1.5", "2")).isNegative();
    assertThat(MigrationVersions.compare("1", "1")).isZero();
    assertThat(MigrationVersions.compare("1", "10")).isNegative();
    assertThat(MigrationVersions.compare("zzz", "20240101")).isPositive();
  }

  @Test
  void byteOrderNotUtf16Order() {
    String bmp = "\uFF5E"; // U+FF5E, 3 UTF-8 bytes starting EF
    String astral = "\uD83D\uDE00"; // U+1F600, 4 UTF-8 bytes starting F0
    assertThat(bmp.compareTo(astral)).isPositive(); // UTF-16: 0xFF5E > 0xD83D
    assertThat(MigrationVersions.compare(bmp, astral)).isNegative();
  }

  /** The order is the order of the names' UTF-8 bytes, for any well-formed text. */
  @Property(tries = 2000)
  void agreesWithUtf8ByteOrder(
      @ForAll
          @StringLength(max = 6)
          @CharRange(from = '0', to = '9')
          @CharRange(from = '\uE000', to = '\uFFFF')
          String prefix,
      @ForAll @StringLength(max = 3) String a,
      @ForAll @StringLength(max = 3) String b,
      @ForAll boolean astralA,
      @ForAll boolean astralB) {
    String x = prefix + (astralA ? "\uD83D\uDE00" : "") + a;
    String y = prefix + (astralB ? "\uD83D\uDE01" : "\uFF5E") + b;
    byte[] xb = x.getBytes(StandardCharsets.UTF_8);
    byte[] yb = y.getBytes(StandardCharsets.UTF_8);
    int bytes = Arrays.compareUnsigned(xb, yb);
    if (!x.equals(new String(xb, StandardCharsets.UTF_8))
        || !y.equals(new String(yb, StandardCharsets.UTF_8))) {
      return; // A lone surrogate has no UTF-8 form.
    }
    assertThat(Integer.signum(MigrationVersions.compare(x, y))).isEqualTo(Integer.signum(bytes));
    assertThat(Integer.signum(MigrationVersions.compare(y, x))).isEqualTo(-Integer.signum(bytes));
  }

  @Test
  void lookups() {
    List<MigrationFile> files = files("1_a.sql", "2_b.sql", "2_c.sql", "3_d.sql");

    assertThat(MigrationVersions.lastIndexAtOrBefore(files, "2")).isEqualTo(2);
    assertThat(MigrationVersions.lastIndexAtOrBefore(files, "25")).isEqualTo(2);
    assertThat(MigrationVersions.lastIndexAtOrBefore(files, "0")).isEqualTo(-1);
    assertThat(MigrationVersions.lastIndexAtOrBefore(files, "zzz")).isEqualTo(3);
    assertThat(MigrationVersions.lastIndexOf(files, "2")).isEqualTo(2);
    assertThat(MigrationVersions.lastIndexOf(files, "4")).isEqualTo(-1);
    assertThat(MigrationVersions.find(files, "3")).map(MigrationFile::name).contains("3_d.sql");
    assertThat(MigrationVersions.find(files, "9")).isEmpty();
    assertThat(MigrationVersions.after(files, 1))
        .extracting(MigrationFile::name)
        .containsExactly("2_c.sql", "3_d.sql");
    assertThat(MigrationVersions.after(files, -1)).hasSize(4);
  }
}
