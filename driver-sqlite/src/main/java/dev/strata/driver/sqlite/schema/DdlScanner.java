package dev.strata.driver.sqlite.schema;

import dev.strata.driver.sqlite.schema.DdlToken.Kind;
import dev.strata.spi.support.StatementWords;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the SQL text SQLite keeps in {@code sqlite_schema.sql} into tokens, skipping white space and
 * comments. Built from small {@code skipX(text, offset) -> end} helpers; it never fails: text
 * SQLite accepted is well formed, and an unterminated quote simply runs to the end.
 */
final class DdlScanner {
  private DdlScanner() {}

  /** Returns the tokens of {@code sql} in order; empty for blank text. */
  static List<DdlToken> scan(String sql) {
    List<DdlToken> out = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      int end;
      Kind kind;
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        i = StatementWords.skipLine(sql, i);
        continue;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        i = StatementWords.skipBlockComment(sql, i);
        continue;
      } else if (c == '\'') {
        end = skipQuoted(sql, i, '\'');
        kind = Kind.STRING;
      } else if (c == '"' || c == '`') {
        end = skipQuoted(sql, i, c);
        kind = Kind.QUOTED;
      } else if (c == '[') {
        int close = sql.indexOf(']', i + 1);
        end = close < 0 ? n : close + 1;
        kind = Kind.QUOTED;
      } else if ((c == 'x' || c == 'X') && i + 1 < n && sql.charAt(i + 1) == '\'') {
        end = skipQuoted(sql, i + 1, '\'');
        kind = Kind.BLOB;
      } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
        end = skipNumber(sql, i);
        kind = Kind.NUMBER;
      } else if (isWordChar(c)) {
        end = skipWord(sql, i);
        kind = Kind.WORD;
      } else {
        end = i + 1;
        kind = Kind.PUNCT;
      }
      out.add(new DdlToken(kind, sql.substring(i, end), i, end));
      i = end;
    }
    return out;
  }

  /** Returns true for a character that may appear in a bare identifier or keyword. */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7f;
  }

  // A quote doubled inside the literal stands for itself.
  private static int skipQuoted(String sql, int i, char quote) {
    int j = i + 1;
    int n = sql.length();
    while (j < n) {
      if (sql.charAt(j) == quote) {
        if (j + 1 < n && sql.charAt(j + 1) == quote) {
          j += 2;
          continue;
        }
        return j + 1;
      }
      j++;
    }
    return n;
  }

  private static int skipWord(String sql, int i) {
    int j = i;
    while (j < sql.length() && isWordChar(sql.charAt(j))) {
      j++;
    }
    return j;
  }

  // Digits, hex (0x...), a fraction and an exponent; a trailing word character ends it anyway.
  private static int skipNumber(String sql, int i) {
    int n = sql.length();
    int j = i;
    if (sql.startsWith("0x", i) || sql.startsWith("0X", i)) {
      return skipWord(sql, i);
    }
    while (j < n && (Character.isDigit(sql.charAt(j)) || sql.charAt(j) == '.' || sql.charAt(j) == '_')) {
      j++;
    }
    if (j < n && (sql.charAt(j) == 'e' || sql.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < n && (sql.charAt(k) == '+' || sql.charAt(k) == '-')) {
        k++;
      }
      if (k < n && Character.isDigit(sql.charAt(k))) {
        j = k;
        while (j < n && Character.isDigit(sql.charAt(j))) {
          j++;
        }
      }
    }
    return j;
  }
}
