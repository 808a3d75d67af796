package dev.strata.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small file is read once per command, whichever way it is read first; a large one streams. */
class FileContentTest {
  @TempDir Path dir;

  @Test
  void aSmallFileOpenedOnceIsServedFromMemoryAfterwards() throws IOException {
    Path file = dir.resolve("1_a.sql");
    Files.writeString(file, "CREATE TABLE a (id int);\n");
    FileContent content = new FileContent.Cached(file);
    try (InputStream in = content.open()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("CREATE TABLE a");
    }
    // Edited on disk after the first read: this command keeps seeing what it checked.
    Files.writeString(file, "DROP TABLE a;\n");
    assertThat(new String(content.bytes(), StandardCharsets.UTF_8)).startsWith("CREATE TABLE a");
    try (InputStream in = content.open()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("CREATE TABLE a");
    }
  }

  @Test
  void aLargeFileIsStreamedWholeAndReadAgainEachTime() throws IOException {
    Path file = dir.resolve("2_big.sql");
    byte[] big = new byte[FileContent.Cached.LIMIT + 12_345];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) ('a' + i % 26);
    }
    Files.write(file, big);
    FileContent content = new FileContent.Cached(file);
    try (InputStream in = content.open()) {
      assertThat(Arrays.equals(in.readAllBytes(), big)).isTrue();
    }
    byte[] changed = big.clone();
    changed[changed.length - 1] = 'Z';
    Files.write(file, changed);
    try (InputStream in = content.open()) {
      assertThat(Arrays.equals(in.readAllBytes(), changed)).isTrue();
    }
  }

  @Test
  void aFileOfExactlyTheLimitIsKept() throws IOException {
    Path file = dir.resolve("3_edge.sql");
    byte[] edge = new byte[FileContent.Cached.LIMIT];
    Arrays.fill(edge, (byte) 'x');
    Files.write(file, edge);
    FileContent content = new FileContent.Cached(file);
    try (InputStream in = content.open()) {
      assertThat(in.readAllBytes()).hasSize(edge.length);
    }
    Files.delete(file);
    assertThat(content.bytes()).hasSize(edge.length);
  }

  /**
   * The read is sized from the file's length; a file that holds more than its length says (one
   * that grew meanwhile, or a /proc file, whose length reads 0) is streamed whole, not cut.
   */
  @Test
  void aFileLongerThanItsReportedSizeIsReadWhole() throws IOException {
    Path proc = Path.of("/proc/self/status");
    Assumptions.assumeTrue(Files.isReadable(proc) && Files.size(proc) == 0, "needs Linux /proc");
    FileContent content = new FileContent.Cached(proc);
    try (InputStream in = content.open()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("Name:").contains("\nPid:");
    }
  }
}
