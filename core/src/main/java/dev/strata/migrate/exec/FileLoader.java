package dev.strata.migrate.exec;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.dir.SumFile;
import dev.strata.spi.Dialect;
import dev.strata.sql.Directives;
import dev.strata.sql.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads pending files, splits them and checks their directives before anything runs, so that a
 * bad directive or a statement that cannot run in a transaction fails the run while the database
 * is still untouched.
 */
final class FileLoader {
  private final Dialect dialect;
  private final StatementReader reader;
  private final SumFile sum;
  private final TxMode global;

  FileLoader(Dialect dialect, StatementReader reader, SumFile sum, TxMode global) {
    this.dialect = dialect;
    this.reader = reader;
    this.sum = sum;
    this.global = global;
  }

  /** Returns every file loaded, or throws the first directive or transaction-mode problem. */
  List<LoadedFile> loadAll(List<MigrationFile> files) {
    List<LoadedFile> out = new ArrayList<>(files.size());
    for (MigrationFile f : files) {
      out.add(load(f));
    }
    return out;
  }

  LoadedFile load(MigrationFile f) {
    TxMode mode = effectiveMode(f);
    List<Statement> statements = reader.statements(f);
    if (mode != TxMode.NONE) {
      for (int i = 0; i < statements.size(); i++) {
        Statement s = statements.get(i);
        Optional<String> why = dialect.nonTransactional(s.text());
        if (why.isPresent()) {
          throw new StrataException(
              ErrorCode.DIRECTORY,
              String.format(
                  "%s:%d: statement %d cannot run inside a transaction (%s), but tx-mode is \"%s\"."
                      + " Add the directive \"-- atlas:txmode none\" as the first line of %s,"
                      + " followed by an empty line, or run with --tx-mode none",
                  f.name(), s.line(), i + 1, why.get(), mode.flag(), f.name()));
        }
      }
    }
    List<String> texts = new ArrayList<>(statements.size());
    for (Statement s : statements) {
      texts.add(s.text());
    }
    String hash = sum.hashOf(f.name()).orElse("");
    return new LoadedFile(f, statements, mode, hash, SumFile.statementHashes(texts));
  }

  private TxMode effectiveMode(MigrationFile f) {
    Map<String, List<String>> directives = Directives.ofFile(head(f));
    List<String> modes = directives.getOrDefault("txmode", List.of());
    if (modes.isEmpty()) {
      return global;
    }
    if (modes.size() > 1) {
      throw new StrataException(
          ErrorCode.DIRECTORY,
          "multiple txmode values found in file \"" + f.name() + "\": [" + String.join(" ", modes) + "]");
    }
    String m = modes.get(0).trim();
    TxMode mode;
    switch (m) {
      case "none":
        mode = TxMode.NONE;
        break;
      case "file":
        mode = TxMode.FILE;
        break;
      case "all":
        throw new StrataException(
            ErrorCode.DIRECTORY,
            "txmode \"all\" is not allowed in file directive \"" + f.name() + "\". Use \"file\" instead");
      default:
        throw new StrataException(
            ErrorCode.DIRECTORY,
            "unknown txmode \"" + m + "\" found in file directive \"" + f.name() + "\"");
    }
    if (global == TxMode.ALL && mode != TxMode.FILE) {
      throw new StrataException(
          ErrorCode.DIRECTORY,
          "cannot set txmode directive to \""
              + m
              + "\" in \""
              + f.name()
              + "\" when txmode \"all\" is set globally");
    }
    return global == TxMode.ALL ? TxMode.ALL : mode;
  }

  /**
   * Returns the file's leading comment block and the line after it: all that file directives
   * depend on, without reading a large file whole.
   */
  static String head(MigrationFile f) {
    try (InputStream in = f.open()) {
      return head(in.readNBytes(HEAD_READ), in);
    } catch (IOException e) {
      throw headError(f, e);
    }
  }

  /**
   * Returns whether {@code f}'s file directives include {@code name}. Cheaper than parsing {@link
   * #head}: a file that does not open with a comment has no file directives, and a file read
   * whole without the name's bytes cannot carry it, so most files are never decoded.
   */
  static boolean hasFileDirective(MigrationFile f, String name) {
    try (InputStream in = f.open()) {
      byte[] lead = in.readNBytes(4);
      if (!opensWithComment(lead)) {
        return false;
      }
      byte[] rest = in.readNBytes(HEAD_READ - lead.length);
      byte[] first = Arrays.copyOf(lead, lead.length + rest.length);
      System.arraycopy(rest, 0, first, lead.length, rest.length);
      if (first.length < HEAD_READ
          && !new String(first, StandardCharsets.ISO_8859_1).contains(name)) {
        return false;
      }
      return Directives.ofFile(head(first, in)).containsKey(name);
    } catch (IOException e) {
      throw headError(f, e);
    }
  }

  // Most files start with a statement or a short comment: one small read decides.
  private static final int HEAD_READ = 4096;

  // The leading comment and blank lines and the first line after them, found at byte level (so
  // a read that ends inside a line or a character splits nothing) and then decoded. Reads on in
  // HEAD_READ steps while the comment block goes on.
  private static String head(byte[] first, InputStream in) throws IOException {
    byte[] b = first;
    int len = first.length;
    boolean eof = len < HEAD_READ;
    int lineStart = 0;
    while (true) {
      int nl = indexOfNewline(b, lineStart, len);
      if (nl >= 0) {
        if (!isCommentOrBlank(b, lineStart, nl)) {
          return new String(b, 0, nl + 1, StandardCharsets.UTF_8);
        }
        lineStart = nl + 1;
      } else if (eof) {
        return new String(b, 0, len, StandardCharsets.UTF_8);
      } else {
        b = Arrays.copyOf(b, len + HEAD_READ);
        int n = in.readNBytes(b, len, HEAD_READ);
        eof = n < HEAD_READ;
        len += n;
      }
    }
  }

  private static int indexOfNewline(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  // As String.trim() then a check for "--", "#" or nothing: trim drops bytes up to ' ', which in
  // UTF-8 are whole characters.
  private static boolean isCommentOrBlank(byte[] b, int from, int to) {
    int i = from;
    int j = to;
    while (i < j && (b[i] & 0xFF) <= ' ') {
      i++;
    }
    while (j > i && (b[j - 1] & 0xFF) <= ' ') {
      j--;
    }
    return i == j || b[i] == '#' || (b[i] == '-' && i + 1 < j && b[i + 1] == '-');
  }

  // Directives.ofFile reads directives only from comment lines at the very start (after a BOM).
  private static boolean opensWithComment(byte[] b) {
    boolean bom = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
    int i = bom ? 3 : 0;
    return i < b.length && (b[i] == '#' || b[i] == '-');
  }

  private static StrataException headError(MigrationFile f, IOException e) {
    return new StrataException(
        ErrorCode.DIRECTORY, "reading " + f.name() + ": " + e.getMessage(), e);
  }


}
