package dev.strata.driver.mysql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a MySQL statement at its top-level commas ({@code ALTER TABLE t ADD COLUMN a int, ADD
 * COLUMN b int} has two clauses), skipping commas inside parentheses, quotes and comments. For
 * {@link DdlTarget}, which must know every clause of an ALTER before it trusts an existence check:
 * it is not a SQL parser.
 */
final class Clauses {
  private Clauses() {}

  /**
   * Returns the clauses of {@code statement}, or null when it holds an executable comment ({@code
   * /*! ... *}{@code /}, {@code /*M! ... *}{@code /}): the server runs what is in it, so a clause
   * may hide there.
   */
  static List<String> of(String statement) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    int i = 0;
    int n = statement.length();
    while (i < n) {
      char c = statement.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = endOfQuoted(statement, i, c);
      } else if (c == '#' || lineComment(statement, i)) {
        int end = statement.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && statement.startsWith("/*", i)) {
        if (statement.startsWith("/*!", i) || statement.startsWith("/*M!", i)) {
          return null;
        }
        int end = statement.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == ',' && depth == 0) {
          out.add(statement.substring(start, i));
          start = i + 1;
        }
        i++;
      }
    }
    out.add(statement.substring(start));
    return out;
  }

  // "--" starts a comment only when a space or control character follows it ("5--1" is 5 - -1).
  private static boolean lineComment(String s, int i) {
    return s.startsWith("--", i) && (i + 2 == s.length() || s.charAt(i + 2) <= ' ');
  }

  /** Returns the index after the quoted text starting at {@code i}: doubled quotes and backslashes. */
  private static int endOfQuoted(String s, int i, char quote) {
    int j = i + 1;
    while (j < s.length()) {
      char d = s.charAt(j);
      if (d == '\\' && quote != '`') {
        j += 2;
      } else if (d == quote) {
        if (j + 1 < s.length() && s.charAt(j + 1) == quote) {
          j += 2;
        } else {
          return j + 1;
        }
      } else {
        j++;
      }
    }
    return s.length();
  }
}
