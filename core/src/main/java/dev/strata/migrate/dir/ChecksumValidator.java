package dev.strata.migrate.dir;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Checks a migration directory against its {@code atlas.sum} (atlas-compat.md §1.3), as nearly
 * every command does before it starts.
 */
public final class ChecksumValidator {
  private static final String CYAN = "\u001b[36m";
  private static final String RESET = "\u001b[0m";

  private ChecksumValidator() {}

  /**
   * Returns the directory's verified sum (empty when the directory has neither files nor sum file),
   * so callers can take file hashes from it without hashing again.
   *
   * @throws StrataException with {@link ErrorCode#CHECKSUM}: {@code checksum file not found} when
   *     there are migration files but no sum file, {@code checksum file format invalid} for a
   *     malformed sum file
   * @throws ChecksumMismatchException when the directory changed since the last hash, or the sum
   *     file was tampered with
   */
  public static SumFile validate(MigrationDir dir) {
    return validate(dir, dir.sumFiles());
  }

  /**
   * As {@link #validate(MigrationDir)}, with the directory's {@link MigrationDir#sumFiles()}
   * already listed by the caller (who can then reuse the listing).
   */
  public static SumFile validate(MigrationDir dir, List<MigrationFile> sumFiles) {
    Optional<byte[]> raw = dir.readSum();
    if (raw.isEmpty()) {
      if (!dir.files().isEmpty()) {
        throw new StrataException(ErrorCode.CHECKSUM, "checksum file not found");
      }
      return SumFile.compute(List.of());
    }
    SumFile recorded = SumFile.parse(raw.get());
    SumFile actual = SumFile.compute(sumFiles);
    if (!recorded.total().equals(actual.total())) {
      throw locate(recorded, actual);
    }
    return recorded;
  }

  /**
   * Returns the exception for a directory whose sum differs: the first sum-file entry that differs
   * from the on-disk entry at the same index is REMOVED when its name is gone from disk, EDITED
   * when the name sits at the same index, ADDED (naming the on-disk file at that index) otherwise;
   * when every entry matches but disk has more, the first extra file is ADDED.
   */
  static ChecksumMismatchException locate(SumFile recorded, SumFile actual) {
    List<SumFile.Entry> want = recorded.entries();
    List<SumFile.Entry> got = actual.entries();
    long pos = utf8Length("h1:" + recorded.total()) + 1;
    for (int i = 0; i < want.size(); i++) {
      SumFile.Entry w = want.get(i);
      SumFile.Entry g = i < got.size() ? got.get(i) : null;
      if (w.equals(g)) {
        pos += utf8Length(w.name()) + 1 + utf8Length("h1:" + w.hash()) + 1;
        continue;
      }
      int at = indexOfName(got, w.name());
      if (at < 0) {
        return new ChecksumMismatchException(
            w.name(), i + 2, pos, ChecksumMismatchException.Reason.REMOVED);
      }
      if (at == i) {
        return new ChecksumMismatchException(
            w.name(), i + 2, pos, ChecksumMismatchException.Reason.EDITED);
      }
      if (g != null) {
        return new ChecksumMismatchException(
            g.name(), i + 2, pos, ChecksumMismatchException.Reason.ADDED);
      }
      // The sum file lists one name twice and disk has it once: no line-level reason.
      return new ChecksumMismatchException();
    }
    if (got.size() > want.size()) {
      return new ChecksumMismatchException(
          got.get(want.size()).name(),
          want.size() + 2,
          pos,
          ChecksumMismatchException.Reason.ADDED);
    }
    return new ChecksumMismatchException();
  }

  /**
   * Returns the block Atlas prints on stdout before a failed integrity check, naming {@code strata}
   * where Atlas names {@code atlas}:
   *
   * <pre>
   * You have a checksum error in your migration directory.
   *
   * 	L3: 2_second.sql was added
   *
   * Please check your migration files and run 'strata migrate hash' to re-hash the contents
   *
   * </pre>
   *
   * The {@code L} line appears only when {@code error} is a {@link ChecksumMismatchException} with
   * a known reason.
   *
   * @param color true to color the command cyan, as Atlas does on a terminal
   */
  public static String explain(StrataException error, boolean color) {
    StringBuilder b = new StringBuilder("You have a checksum error in your migration directory.\n");
    if (error instanceof ChecksumMismatchException) {
      ChecksumMismatchException e = (ChecksumMismatchException) error;
      if (e.reason() != null) {
        b.append("\n\tL")
            .append(e.line())
            .append(": ")
            .append(e.file())
            .append(" was ")
            .append(e.reason().text())
            .append("\n\n");
      }
    }
    String cmd = "'strata migrate hash'";
    b.append("Please check your migration files and run ")
        .append(color ? CYAN + cmd + RESET : cmd)
        .append(" to re-hash the contents\n\n");
    return b.toString();
  }

  private static int indexOfName(List<SumFile.Entry> entries, String name) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
