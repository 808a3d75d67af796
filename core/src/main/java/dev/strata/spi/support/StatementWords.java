package dev.strata.spi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the leading words of a SQL statement, enough to recognise its kind ({@code CREATE UNIQUE
 * INDEX CONCURRENTLY}, {@code DROP TEMPORARY TABLE}, ...). Not a parser: it skips white space,
 * comments and parenthesised groups, returns bare words upper-cased, quoted identifiers with their
 * quotes, and punctuation as one-character words; it stops at a string literal or a semicolon.
 */
public final class StatementWords {
  private StatementWords() {}

  /**
   * Returns up to {@code max} leading words of {@code sql}; empty for a blank statement or one made
   * of comments only. {@code hashComments} enables MySQL's {@code #} line comments.
   */
  public static List<String> of(String sql, int max, boolean hashComments) {
    List<String> words = new ArrayList<>(max);
    int i = 0;
    int n = sql.length();
    while (i < n && words.size() < max) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#' && hashComments) {
        i = skipLine(sql, i);
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        i = skipBlockComment(sql, i);
      } else if (c == '(') {
        i = skipGroup(sql, i);
      } else if (c == '"' || c == '`') {
        int end = sql.indexOf(c, i + 1);
        end = end < 0 ? n : end + 1;
        words.add(sql.substring(i, end));
        i = end;
      } else if (c == '\'' || c == ';') {
        break;
      } else if (isWordChar(c)) {
        int start = i;
        while (i < n && isWordChar(sql.charAt(i))) {
          i++;
        }
        words.add(sql.substring(start, i).toUpperCase(Locale.ROOT));
      } else {
        words.add(String.valueOf(c));
        i++;
      }
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '@';
  }

  /** Returns the index after the line comment starting at {@code i} (its newline included). */
  public static int skipLine(String sql, int i) {
    int end = sql.indexOf('\n', i);
    return end < 0 ? sql.length() : end + 1;
  }

  /** Returns the index after the block comment starting at {@code i} ({@code /*}). */
  public static int skipBlockComment(String sql, int i) {
    int end = sql.indexOf("*/", i + 2);
    return end < 0 ? sql.length() : end + 2;
  }

  // Skips a balanced parenthesised group, stepping over quoted text inside it.
  private static int skipGroup(String sql, int i) {
    int depth = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        int end = sql.indexOf(c, i + 1);
        if (end < 0) {
          return n;
        }
        i = end;
      }
      i++;
    }
    return n;
  }
}
