package dev.strata.migrate.exec;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.DirFormat;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.dir.SqlChunk;
import dev.strata.sql.LexOptions;
import dev.strata.sql.ScanException;
import dev.strata.sql.Splitter;
import dev.strata.sql.Statement;
import dev.strata.sql.StatementScanner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits migration files as Atlas does: Atlas-format files with the driver's dialect, other
 * formats' "up" sections with the generic scanner (atlas-compat.md §2.4, §1.5). Scan errors name
 * the file: {@code 2_add.sql: 3:7: unclosed quote '\''}.
 */
public final class DirStatementReader implements StatementReader {
  private final DirFormat format;
  private final LexOptions dialect;

  public DirStatementReader(DirFormat format, LexOptions dialect) {
    this.format = format;
    this.dialect = dialect;
  }

  @Override
  public List<Statement> statements(MigrationFile file) {
    try {
      if (format == DirFormat.ATLAS) {
        return scan(file);
      }
      List<Statement> out = new ArrayList<>();
      for (SqlChunk chunk : format.upChunks(file)) {
        if (chunk.split()) {
          for (Statement s : Splitter.split(chunk.text(), LexOptions.GENERIC)) {
            out.add(shift(s, chunk.line()));
          }
        } else {
          out.addAll(shifted(Splitter.split(chunk.text(), noSplitting()), chunk.line(), chunk.text()));
        }
      }
      return out;
    } catch (ScanException e) {
      throw new StrataException(ErrorCode.SCAN, file.name() + ": " + e.getMessage(), e);
    }
  }

  private List<Statement> scan(MigrationFile file) {
    List<Statement> out = new ArrayList<>();
    // The checksum check has read a small file already: its size is known, and so are the buffers
    // it needs.
    try (StatementScanner scanner =
        StatementScanner.open(file.open(), dialect, file.content().sizeHint())) {
      for (Statement s = scanner.next(); s != null; s = scanner.next()) {
        out.add(s);
      }
    } catch (IOException e) {
      throw new StrataException(ErrorCode.DIRECTORY, "reading " + file.name() + ": " + e.getMessage(), e);
    }
    return out;
  }

  // A goose StatementBegin/End block is one statement: keep its text whole, comments detached.
  private static List<Statement> shifted(List<Statement> parts, int line, String text) {
    if (parts.isEmpty()) {
      return List.of();
    }
    Statement first = parts.get(0);
    String whole = withoutLeadingComments(text).trim();
    return List.of(shift(new Statement(whole, first.offset(), first.line(), first.column(), first.comments()), line));
  }

  private static String withoutLeadingComments(String text) {
    int i = 0;
    while (i < text.length()) {
      int end = text.indexOf('\n', i);
      String line = (end < 0 ? text.substring(i) : text.substring(i, end)).trim();
      if (!line.isEmpty() && !line.startsWith("--")) {
        break;
      }
      i = end < 0 ? text.length() : end + 1;
    }
    return text.substring(i);
  }

  private static LexOptions noSplitting() {
    return LexOptions.GENERIC;
  }

  private static Statement shift(Statement s, int line) {
    return new Statement(s.text(), s.offset(), s.line() + line - 1, s.column(), s.comments());
  }
}
