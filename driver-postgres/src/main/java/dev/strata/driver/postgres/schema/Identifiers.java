package dev.strata.driver.postgres.schema;

import java.nio.charset.StandardCharsets;

/**
 * PostgreSQL's spelling of names and literals: double-quoted identifiers, single-quoted strings
 * ({@code standard_conforming_strings} on, so a backslash is an ordinary character), and the names
 * PostgreSQL itself chooses for implicit objects (serial sequences, primary keys).
 */
final class Identifiers {
  // NAMEDATALEN - 1: the longest identifier in bytes.
  private static final int MAX_BYTES = 63;

  private Identifiers() {}

  /** Returns {@code name} as a double-quoted identifier. */
  static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** Returns {@code text} as a string literal, or {@code NULL} when it is null. */
  static String literal(String text) {
    return text == null ? "NULL" : "'" + text.replace("'", "''") + "'";
  }

  /**
   * Returns the name PostgreSQL gives the sequence of serial column {@code column} of {@code table}
   * when no object of that name exists: {@code <table>_<column>_seq}, shortened as makeObjectName
   * shortens it.
   */
  static String serialSequence(String table, String column) {
    return objectName(table, column, "seq");
  }

  /** Returns the name PostgreSQL gives the primary key of {@code table}: {@code <table>_pkey}. */
  static String primaryKey(String table) {
    return objectName(table, null, "pkey");
  }

  // makeObjectName (src/backend/commands/indexcmds.c): the longer of the two names loses bytes
  // until "name1_name2_label" fits in 63 bytes, cut at a character boundary.
  private static String objectName(String name1, String name2, String label) {
    int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
    int avail = MAX_BYTES - overhead;
    int len1 = bytes(name1);
    int len2 = name2 == null ? 0 : bytes(name2);
    while (len1 + len2 > avail) {
      if (len1 > len2) {
        len1--;
      } else {
        len2--;
      }
    }
    StringBuilder b = new StringBuilder(clip(name1, len1));
    if (name2 != null) {
      b.append('_').append(clip(name2, len2));
    }
    return b.append('_').append(label).toString();
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  // Returns the longest prefix of s whose UTF-8 encoding takes at most max bytes.
  private static String clip(String s, int max) {
    int used = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + n > max) {
        break;
      }
      used += n;
      i += Character.charCount(cp);
    }
    return s.substring(0, i);
  }
}
