package dev.strata.migrate.dir;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code atlas.sum} integrity file, byte for byte as Atlas computes, writes and reads it
 * (atlas-compat.md §1.2).
 *
 * <p>One running SHA-256 hasher takes, for each file in order, the file name (UTF-8) and then the
 * raw bytes; each entry is the digest so far (not reset), so every entry commits to all earlier
 * files. A file whose first line is an {@code atlas:sum ignore} directive contributes its name only
 * and gets no entry. The total is the SHA-256 of every entry's name and base64 hash. Contents are
 * hashed as bytes and streamed, so invalid UTF-8 and very large files are fine.
 *
 * @param total the base64 total, without {@code h1:}
 * @param entries one per hashed file, in order
 */
public record SumFile(String total, List<Entry> entries) {
  /** The file name inside the migration directory. */
  public static final String FILE_NAME = "atlas.sum";

  private static final String PREFIX = "h1:";
  private static final int BUFFER = 64 * 1024;
  // Atlas's directive regex (sql/migrate/dir.go); applied to the start of the content.
  private static final Pattern DIRECTIVE = Pattern.compile("^([ -~]*)atlas:(\\w+)(?: +([ -~]*))*");

  /**
   * One line of the sum file.
   *
   * @param name the file name as hashed
   * @param hash the base64 running hash, without {@code h1:}
   */
  public record Entry(String name, String hash) {
    public Entry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(hash, "hash");
    }
  }

  public SumFile {
    Objects.requireNonNull(total, "total");
    entries = List.copyOf(entries);
  }

  /** Returns the sum of {@code dir}: its {@link MigrationDir#sumFiles()} hashed in order. */
  public static SumFile of(MigrationDir dir) {
    return compute(dir.sumFiles());
  }

  /**
   * Returns the sum of {@code files}, hashed in the given order.
   *
   * @throws StrataException with {@link ErrorCode#DIRECTORY} when a file cannot be read
   */
  public static SumFile compute(List<MigrationFile> files) {
    MessageDigest running = sha256();
    byte[] buf = new byte[BUFFER];
    List<Entry> entries = new ArrayList<>(files.size());
    for (MigrationFile f : files) {
      running.update(f.name().getBytes(StandardCharsets.UTF_8));
      boolean hashed;
      try (InputStream in = f.open()) {
        hashed = hashContent(running, in, buf);
      } catch (IOException e) {
        throw new StrataException(
            ErrorCode.DIRECTORY,
            "sql/migrate: read file \"" + f.name() + "\": " + IoMessages.describe(e),
            e);
      }
      if (hashed) {
        entries.add(new Entry(f.name(), base64(snapshot(running))));
      }
    }
    return new SumFile(totalOf(entries), entries);
  }

  /**
   * Returns the parsed sum file. Lines end with {@code \n} (a trailing {@code \r} is dropped); the
   * first line is {@code h1:TOTAL}; every other line is split at its first {@code h1:} into a
   * trimmed name and a hash.
   *
   * @throws StrataException with {@link ErrorCode#CHECKSUM}: {@code checksum file format invalid}
   *     for a line without {@code h1:}
   * @throws ChecksumMismatchException when the total does not match the entries (a tampered file)
   */
  public static SumFile parse(byte[] content) {
    List<String> lines = GoText.lines(new String(content, StandardCharsets.UTF_8));
    String total = lines.isEmpty() ? "" : lines.get(0);
    total = total.startsWith(PREFIX) ? total.substring(PREFIX.length()) : total;
    List<Entry> entries = new ArrayList<>();
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      int at = line.indexOf(PREFIX);
      if (at < 0) {
        throw new StrataException(ErrorCode.CHECKSUM, "checksum file format invalid");
      }
      entries.add(
          new Entry(GoText.trim(line.substring(0, at)), line.substring(at + PREFIX.length())));
    }
    if (!total.equals(totalOf(entries))) {
      throw new ChecksumMismatchException();
    }
    return new SumFile(total, entries);
  }

  /** Returns the hash recorded for {@code fileName} (no {@code h1:}), or empty when it has none. */
  public Optional<String> hashOf(String fileName) {
    for (Entry e : entries) {
      if (e.name().equals(fileName)) {
        return Optional.of(e.hash());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the file as Atlas writes it: {@code h1:TOTAL\n} then {@code name h1:HASH\n} per entry.
   */
  public byte[] toBytes() {
    StringBuilder b = new StringBuilder(64 + entries.size() * 80);
    b.append(PREFIX).append(total).append('\n');
    for (Entry e : entries) {
      b.append(e.name()).append(' ').append(PREFIX).append(e.hash()).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the base64 SHA-256 of every entry's name and hash text, concatenated. */
  public static String totalOf(List<Entry> entries) {
    MessageDigest md = sha256();
    for (Entry e : entries) {
      md.update(e.name().getBytes(StandardCharsets.UTF_8));
      md.update(e.hash().getBytes(StandardCharsets.UTF_8));
    }
    return base64(md.digest());
  }

  /**
   * Returns the cumulative statement hashes of a partially applied file (atlas-compat.md §3.4):
   * element i is {@code h1:} + base64 of the running SHA-256 over the UTF-8 texts of statements
   * 0..i.
   */
  public static List<String> statementHashes(List<String> statementTexts) {
    MessageDigest running = sha256();
    List<String> out = new ArrayList<>(statementTexts.size());
    for (String s : statementTexts) {
      running.update(s.getBytes(StandardCharsets.UTF_8));
      out.add(PREFIX + base64(snapshot(running)));
    }
    return List.copyOf(out);
  }

  /**
   * Returns true when content starting with {@code head[0..length)} carries {@code atlas:sum
   * ignore} on its first line. Only the leading run of printable ASCII matters: Atlas's regex
   * cannot match past it.
   */
  static boolean ignoredBySum(byte[] head, int length) {
    int printable = printablePrefix(head, 0, length);
    // The directive cannot match without "atlas:sum" in the printable prefix: skip the regex (a
    // fifth of a warm no-op apply's CPU) for the files that lack it, nearly all of them.
    if (!containsAscii(head, printable, "atlas:sum")) {
      return false;
    }
    Matcher m = DIRECTIVE.matcher(new String(head, 0, printable, StandardCharsets.ISO_8859_1));
    return m.lookingAt() && "sum".equals(m.group(2)) && "ignore".equals(m.group(3));
  }

  private static boolean containsAscii(byte[] b, int length, String needle) {
    int n = needle.length();
    outer:
    for (int i = 0; i + n <= length; i++) {
      for (int j = 0; j < n; j++) {
        if (b[i + j] != needle.charAt(j)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  // Hashes the content unless its first line ignores it; returns whether it was hashed. Only the
  // leading printable-ASCII run is held in memory beyond one buffer (it decides the directive).
  private static boolean hashContent(MessageDigest md, InputStream in, byte[] buf)
      throws IOException {
    int n = in.readNBytes(buf, 0, buf.length);
    if (n == buf.length && printablePrefix(buf, 0, n) == n) {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      head.write(buf, 0, n);
      while (n == buf.length && printablePrefix(buf, 0, n) == n) {
        n = in.readNBytes(buf, 0, buf.length);
        head.write(buf, 0, n);
      }
      byte[] all = head.toByteArray();
      if (ignoredBySum(all, all.length)) {
        return false;
      }
      md.update(all);
    } else {
      if (ignoredBySum(buf, n)) {
        return false;
      }
      md.update(buf, 0, n);
    }
    while ((n = in.read(buf)) > 0) {
      md.update(buf, 0, n);
    }
    return true;
  }

  private static int printablePrefix(byte[] b, int from, int to) {
    int i = from;
    while (i < to && b[i] >= 0x20 && b[i] <= 0x7E) {
      i++;
    }
    return i;
  }

  // Go's h.Sum(nil): the digest so far, leaving the running hasher untouched.
  private static byte[] snapshot(MessageDigest running) {
    try {
      return ((MessageDigest) running.clone()).digest();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static String base64(byte[] digest) {
    return Base64.getEncoder().encodeToString(digest);
  }
}
