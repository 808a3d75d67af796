package dev.strata.migrate.exec;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.dir.SumFile;
import dev.strata.spi.Dialect;
import dev.strata.sql.Directives;
import dev.strata.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    try (java.io.InputStream in = f.open()) {
      // Most files start with a statement or a short comment: one small read decides.
      byte[] first = in.readNBytes(4096);
      String text = new String(first, StandardCharsets.UTF_8);
      String head = leadingComments(text);
      if (head.length() < text.length() || first.length < 4096) {
        return head;
      }
      // A comment block longer than the first read: read on, line by line.
      java.io.BufferedReader r =
          new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder(text);
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        b.append(line).append('\n');
        if (!isCommentOrBlank(line)) {
          break;
        }
      }
      return leadingComments(b.toString());
    } catch (java.io.IOException e) {
      throw new StrataException(ErrorCode.DIRECTORY, "reading " + f.name() + ": " + e.getMessage(), e);
    }
  }

  // The leading comment and blank lines, and the first line after them.
  private static String leadingComments(String text) {
    int i = 0;
    while (i < text.length()) {
      int nl = text.indexOf('\n', i);
      int end = nl < 0 ? text.length() : nl + 1;
      if (!isCommentOrBlank(text.substring(i, nl < 0 ? text.length() : nl))) {
        return text.substring(0, end);
      }
      i = end;
    }
    return text;
  }

  private static boolean isCommentOrBlank(String line) {
    String t = line.trim();
    return t.isEmpty() || t.startsWith("--") || t.startsWith("#");
  }

}
