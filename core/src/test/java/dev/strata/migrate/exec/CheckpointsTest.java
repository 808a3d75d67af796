package dev.strata.migrate.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.migrate.dir.DirFormat;
import dev.strata.migrate.dir.MigrationFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checkpoint files are found by their file directive. Most files are ruled out from their first
 * bytes without being parsed; these cases pin that the shortcut agrees with the directive rules.
 */
class CheckpointsTest {
  private static MigrationFile file(String name, String text) {
    return MigrationFile.of(DirFormat.ATLAS, name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static MigrationFile file(String name, byte[] bytes) {
    return MigrationFile.of(DirFormat.ATLAS, name, bytes);
  }

  // 3_c and 5_e have comment blocks longer than the first read, which ends inside a line: the
  // rest of that line used to be judged as a line of its own, and the directive was missed.
  @Test
  void findsTheDirectiveInTheLeadingCommentsFollowedByABlankLine() {
    String filler = "-- " + "x".repeat(70) + "\n";
    List<MigrationFile> files =
        List.of(
            file("1_a.sql", "-- atlas:checkpoint\n\nCREATE TABLE a (id int);\n"),
            file("2_b.sql", "# atlas:checkpoint\n\nCREATE TABLE b (id int);\n"),
            file("3_c.sql", "-- a long header\n" + filler.repeat(80) + "-- atlas:checkpoint\n\nSELECT 1;\n"),
            file("4_d.sql", "-- atlas:checkpoint\n"),
            // Two-byte characters: a read boundary falls inside one.
            file("5_e.sql", ("-- " + "é".repeat(35) + "\n").repeat(80) + "-- atlas:checkpoint\n\nSELECT 1;\n"));
    assertThat(Checkpoints.of(files))
        .containsExactlyInAnyOrder("1_a.sql", "2_b.sql", "3_c.sql", "4_d.sql", "5_e.sql");
  }

  @Test
  void aByteOrderMarkBeforeTheDirectiveIsSkipped() {
    byte[] text = "-- atlas:checkpoint\n\nSELECT 1;\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    assertThat(Checkpoints.of(List.of(file("1_a.sql", withBom)))).containsExactly("1_a.sql");
  }

  @Test
  void theWordElsewhereIsNoDirective() {
    List<MigrationFile> files =
        List.of(
            file("1_a.sql", "CREATE TABLE checkpoint (id int);\n-- atlas:checkpoint\n\nSELECT 1;\n"),
            file("2_b.sql", "\n-- atlas:checkpoint\n\nSELECT 1;\n"),
            file("3_c.sql", "-- atlas:checkpoint\nSELECT 1;\n"),
            file("4_d.sql", "-- checkpoint: not a directive\n\nSELECT 1;\n"),
            file("5_e.sql", "-- header\n\nSELECT 1;\n"),
            file("6_f.sql", ""));
    assertThat(Checkpoints.of(files)).isEmpty();
  }
}
