package dev.strata.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The scanner streams: about 200 MB split in a child JVM limited to a 64 MB heap. */
class StreamingTest {
  @Test
  void splits200MegabytesIn64MegabytesOfHeap() throws IOException, InterruptedException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx64m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                StreamingChild.class.getName(),
                "200")
            .redirectErrorStream(true)
            .start();
    boolean finished = child.waitFor(10, TimeUnit.MINUTES);
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      child.destroyForcibly();
    }
    assertThat(finished).as("child finished: %s", output).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    long chunks = 200L * 1024 * 1024 / 60;
    List<String> lines = output.lines().filter(l -> l.startsWith("ok ")).toList();
    assertThat(lines).as(output).hasSize(2);
    for (String line : lines) {
      String[] parts = line.split(" ");
      assertThat(Long.parseLong(parts[1])).isEqualTo(chunks + 1);
      assertThat(Long.parseLong(parts[2])).isGreaterThan(190L * 1024 * 1024);
    }
  }
}
