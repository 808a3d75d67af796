package dev.strata.driver.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The object a MySQL DDL statement changes, read from its first words: enough for {@link
 * MysqlOutcomeProbe} to look the object up, not a SQL parser.
 *
 * @param qualifiedName the table or view, as written
 * @param names CREATE_INDEX: the index; ADD_COLUMNS: the columns, in order; otherwise empty
 */
record DdlTarget(Kind kind, String qualifiedName, List<String> names) {
  enum Kind {
    /** CREATE TABLE t: the table did not exist before. */
    CREATE_TABLE,
    /** CREATE [UNIQUE] INDEX i ON t, without IF NOT EXISTS or OR REPLACE: i did not exist. */
    CREATE_INDEX,
    /**
     * ALTER TABLE t ADD COLUMN c ... [, ADD COLUMN d ...], every clause an ADD COLUMN without IF
     * NOT EXISTS: none of the columns existed.
     */
    ADD_COLUMNS,
    /** Other ALTER/DROP/RENAME TABLE t, CREATE/DROP INDEX i ON t: compare t's definition. */
    TABLE,
    /** CREATE/ALTER/DROP VIEW v. */
    VIEW,
    /** TRUNCATE and other statements that may safely run again. */
    IDEMPOTENT,
    /** Anything else. */
    UNKNOWN
  }

  // ADD COLUMN (a int, b int): one clause that adds several columns.
  private static final Pattern PARENTHESISED = Pattern.compile("(?i)\\bADD\\s+COLUMN\\s*\\(");

  DdlTarget(Kind kind, String qualifiedName) {
    this(kind, qualifiedName, List.of());
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
    boolean orReplace = false;
    if (verb.equals("CREATE") && upper(w, i).equals("OR") && upper(w, i + 1).equals("REPLACE")) {
      i += 2;
      orReplace = true;
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
        if (verb.equals("CREATE")) {
          // OR REPLACE succeeds with the name taken (it drops the old table): an existing name
          // tells nothing, only the definition can.
          return new DdlTarget(orReplace ? Kind.TABLE : Kind.CREATE_TABLE, name);
        }
        if (verb.equals("ALTER")) {
          List<String> added = addedColumns(statement);
          if (added != null) {
            return new DdlTarget(Kind.ADD_COLUMNS, name, added);
          }
        }
        return new DdlTarget(Kind.TABLE, name);
      case "INDEX":
        // CREATE INDEX [IF NOT EXISTS] i ON t / DROP INDEX [IF EXISTS] i ON t
        for (int j = i; j < w.size() - 1; j++) {
          if (upper(w, j).equals("ON")) {
            // IF NOT EXISTS and OR REPLACE succeed when i exists: only its table can tell.
            boolean plain = verb.equals("CREATE") && !orReplace && !upper(w, i).equals("IF") && j > i;
            return plain
                ? new DdlTarget(Kind.CREATE_INDEX, w.get(j + 1), List.of(unquote(w.get(i))))
                : new DdlTarget(Kind.TABLE, w.get(j + 1));
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

  /**
   * Returns the columns of an ALTER TABLE whose every clause is {@code ADD COLUMN name ...}, or
   * null. Any other clause (a RENAME, a DROP, table options, {@code ADD COLUMN IF NOT EXISTS}, the
   * parenthesised {@code ADD COLUMN (a int, b int)}) leaves the check to the table's definition.
   */
  private static List<String> addedColumns(String statement) {
    List<String> clauses = Clauses.of(statement);
    if (clauses == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (int k = 0; k < clauses.size(); k++) {
      List<String> w = words(clauses.get(k), 12);
      int i = 0;
      if (k == 0) {
        // ALTER [ONLINE] [IGNORE] TABLE [IF EXISTS] t
        i++;
        while (upper(w, i).equals("ONLINE") || upper(w, i).equals("IGNORE")) {
          i++;
        }
        i++;
        if (upper(w, i).equals("IF")) {
          i += 2;
        }
        i++;
      }
      if (!upper(w, i).equals("ADD")
          || !upper(w, i + 1).equals("COLUMN")
          || i + 2 >= w.size()
          || upper(w, i + 2).equals("IF")
          || PARENTHESISED.matcher(clauses.get(k)).find()) {
        return null;
      }
      names.add(unquote(w.get(i + 2)));
    }
    return names;
  }

  /** Returns {@code name} without its backquotes ({@code `a``b`} is a`b). */
  static String unquote(String name) {
    if (name.length() >= 2 && name.startsWith("`") && name.endsWith("`")) {
      return name.substring(1, name.length() - 1).replace("``", "`");
    }
    return name;
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
