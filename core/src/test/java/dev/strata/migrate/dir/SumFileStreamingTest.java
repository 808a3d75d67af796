package dev.strata.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The streaming hasher (one buffer, only the first printable run kept) against a naive reference
 * that reads whole files and applies Atlas's regex to the whole content.
 */
class SumFileStreamingTest {
  private static final Pattern DIRECTIVE = Pattern.compile("^([ -~]*)atlas:(\\w+)(?: +([ -~]*))*");

  private static final String[] PREFIXES = {
    "", "-- atlas:sum ignore", "-- atlas:sum ignore\n", "-- atlas:sum  ignore\r\n",
    "atlas:sum ignore x", "-- atlas:sum", "# atlas:sum ignore\tx", "-- atlas:txmode none\n"
  };

  // A seeded loop rather than a jqwik property: same coverage, reproducible, and no
  // .jqwik-database file left in the module directory.
  @Test
  void streamingMatchesTheReferenceOnRandomDirectories() throws Exception {
    Random random = new Random(20240305);
    for (int round = 0; round < 300; round++) {
      List<MigrationFile> files = new ArrayList<>();
      int count = random.nextInt(7);
      for (int i = 0; i < count; i++) {
        byte[] prefix = PREFIXES[random.nextInt(PREFIXES.length)].getBytes(StandardCharsets.UTF_8);
        byte[] tail = new byte[random.nextInt(300)];
        if (random.nextBoolean()) {
          random.nextBytes(tail);
        } else {
          for (int k = 0; k < tail.length; k++) {
            tail[k] = (byte) (0x20 + random.nextInt(0x5F));
          }
        }
        files.add(MigrationFile.of(DirFormat.ATLAS, i + ".sql", concat(prefix, tail)));
      }

      assertThat(SumFile.compute(files).toBytes())
          .as("round %d", round)
          .isEqualTo(reference(files));
    }
  }

  @Test
  void longPrintableFirstLinesAcrossBufferBoundaries() throws Exception {
    List<MigrationFile> files = new ArrayList<>();
    int[] sizes = {65_535, 65_536, 65_537, 131_072, 200_000};
    for (int size : sizes) {
      byte[] ignored =
          ("--" + " ".repeat(size) + "atlas:sum ignore").getBytes(StandardCharsets.US_ASCII);
      byte[] kept =
          ("--" + "x".repeat(size) + "atlas:sum ignore!\nSELECT 1;")
              .getBytes(StandardCharsets.US_ASCII);
      byte[] binary = new byte[size];
      Arrays.fill(binary, (byte) 'a');
      binary[size - 1] = (byte) 0x80;
      files.add(MigrationFile.of(DirFormat.ATLAS, "a" + size + ".sql", ignored));
      files.add(MigrationFile.of(DirFormat.ATLAS, "b" + size + ".sql", kept));
      files.add(MigrationFile.of(DirFormat.ATLAS, "c" + size + ".sql", binary));
    }

    SumFile sum = SumFile.compute(files);

    assertThat(sum.toBytes()).isEqualTo(reference(files));
    assertThat(sum.entries()).hasSize(sizes.length * 2);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] reference(List<MigrationFile> files) throws Exception {
    MessageDigest h = MessageDigest.getInstance("SHA-256");
    List<String[]> entries = new ArrayList<>();
    for (MigrationFile f : files) {
      byte[] b = f.bytes();
      h.update(f.name().getBytes(StandardCharsets.UTF_8));
      Matcher m = DIRECTIVE.matcher(new String(b, StandardCharsets.ISO_8859_1));
      if (m.lookingAt() && "sum".equals(m.group(2)) && "ignore".equals(m.group(3))) {
        continue;
      }
      h.update(b);
      String hash = Base64.getEncoder().encodeToString(((MessageDigest) h.clone()).digest());
      entries.add(new String[] {f.name(), hash});
    }
    MessageDigest t = MessageDigest.getInstance("SHA-256");
    StringBuilder body = new StringBuilder();
    for (String[] e : entries) {
      t.update(e[0].getBytes(StandardCharsets.UTF_8));
      t.update(e[1].getBytes(StandardCharsets.UTF_8));
      body.append(e[0]).append(" h1:").append(e[1]).append('\n');
    }
    String total = Base64.getEncoder().encodeToString(t.digest());
    return ("h1:" + total + "\n" + body).getBytes(StandardCharsets.UTF_8);
  }
}
