package dev.strata.driver.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The object a MySQL DDL statement changes, read from its first words: enough for {@link
 * MysqlOutcomeProbe} to look the object up, not a SQL parser.
 */
record DdlTarget(Kind kind, String qualifiedName) {
  enum Kind {
    /** CREATE TABLE t: the table did not exist before. */
    CREATE_TABLE,
    /** ALTER/DROP/RENAME TABLE t, CREATE/DROP INDEX i ON t: compare t's definition. */
    TABLE,
    /** CREATE/ALTER/DROP VIEW v. */
    VIEW,
    /** TRUNCATE and other statements that may safely run again. */
    IDEMPOTENT,
    /** Anything else. */
    UNKNOWN
  }

  /** Returns the target of {@code statement}; UNKNOWN when the words are not recognised. */
  static DdlTarget of(String statement) {
    List<String> w = words(statement, 12);
    if (w.isEmpty()) {
      return new DdlTarget(Kind.UNKNOWN, null);
    }
    int i = 0;
    String verb = upper(w, i++);
    if (verb.equals("TRUNCATE")) {
      return new DdlTarget(Kind.IDEMPOTENT, null);
    }
    if (verb.equals("CREATE") && upper(w, i).equals("OR") && upper(w, i + 1).equals("REPLACE")) {
      i += 2;
    }
    while (upper(w, i).equals("TEMPORARY") || upper(w, i).equals("ONLINE") || upper(w, i).equals("IGNORE")
        || upper(w, i).equals("UNIQUE") || upper(w, i).equals("FULLTEXT") || upper(w, i).equals("SPATIAL")) {
      i++;
    }
    String object = upper(w, i++);
    switch (object) {
      case "TABLE":
        String name = skipIfExists(w, i);
        if (name == null) {
          break;
        }
        return new DdlTarget(verb.equals("CREATE") ? Kind.CREATE_TABLE : Kind.TABLE, name);
      case "INDEX":
        // CREATE INDEX [IF NOT EXISTS] i ON t / DROP INDEX [IF EXISTS] i ON t
        for (int j = i; j < w.size() - 1; j++) {
          if (upper(w, j).equals("ON")) {
            return new DdlTarget(Kind.TABLE, w.get(j + 1));
          }
        }
        break;
      case "VIEW":
        String view = skipIfExists(w, i);
        if (view != null) {
          return new DdlTarget(Kind.VIEW, view);
        }
        break;
      default:
        break;
    }
    return new DdlTarget(Kind.UNKNOWN, null);
  }

  private static String skipIfExists(List<String> w, int i) {
    if (upper(w, i).equals("IF")) {
      i += upper(w, i + 1).equals("NOT") ? 3 : 2;
    }
    return i < w.size() ? w.get(i) : null;
  }

  private static String upper(List<String> w, int i) {
    return i < w.size() ? w.get(i).toUpperCase(Locale.ROOT) : "";
  }

  /**
   * Returns the first {@code max} words, skipping comments; a backquoted name (with dots joining
   * qualified parts) is one word, kept quoted.
   */
  static List<String> words(String s, int max) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n && out.size() < max) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '(' || c == ',' || c == ';') {
        i++;
      } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-' || c == '#') {
        while (i < n && s.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        int start = i;
        while (i < n) {
          char d = s.charAt(i);
          if (d == '`') {
            int end = s.indexOf('`', i + 1);
            i = end < 0 ? n : end + 1;
          } else if (Character.isWhitespace(d) || d == '(' || d == ',' || d == ';') {
            break;
          } else {
            i++;
          }
        }
        out.add(s.substring(start, i));
      }
    }
    return out;
  }
}
