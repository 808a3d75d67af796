package dev.strata.driver.sqlite.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what SQLite's pragmas do not report out of the statements kept in {@code
 * sqlite_schema.sql}: constraint names, CHECK and generation expressions, AUTOINCREMENT, column
 * collations, index expressions and predicates, view queries. Not a validating parser: SQLite
 * already accepted the text, so this only finds the pieces, and keeps each expression exactly as
 * written (the model compares them as text).
 */
final class DdlParser {
  private DdlParser() {}

  /** What one column definition says beyond the pragmas. */
  record ColumnDefinition(String name, boolean autoincrement, String generated, String collate) {}

  /** A CHECK constraint; {@code name} is null when the constraint is unnamed. */
  record CheckClause(String name, String expr) {}

  /** A foreign key clause; {@code name} is null when the constraint is unnamed. */
  record ForeignKeyClause(String name, List<String> columns, String refTable) {}

  /**
   * What a CREATE TABLE statement says beyond the pragmas.
   *
   * @param columns the column definitions keyed by lower-cased name, in declaration order
   * @param checks column and table CHECK constraints in declaration order
   * @param foreignKeys column and table foreign keys in declaration order
   */
  record TableDefinition(
      Map<String, ColumnDefinition> columns, List<CheckClause> checks, List<ForeignKeyClause> foreignKeys) {
    /** Returns the definition of column {@code name} (any case), or null. */
    ColumnDefinition column(String name) {
      return columns.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * What a CREATE INDEX statement says beyond the pragmas.
   *
   * @param parts each indexed term as written, without its ASC or DESC
   * @param where the predicate of a partial index as written, or empty
   */
  record IndexDefinition(List<String> parts, String where) {}

  private static final List<String> COLUMN_CONSTRAINTS =
      List.of(
          "CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES",
          "GENERATED", "AS");
  private static final List<String> TABLE_CONSTRAINTS =
      List.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

  /**
   * Returns the definition read from a CREATE TABLE statement; empty definitions for {@code CREATE
   * TABLE ... AS SELECT} (its columns carry no constraints).
   */
  static TableDefinition table(String sql) {
    List<DdlToken> t = DdlScanner.scan(sql);
    Map<String, ColumnDefinition> columns = new LinkedHashMap<>();
    List<CheckClause> checks = new ArrayList<>();
    List<ForeignKeyClause> fks = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).is("AS")) {
        break;
      }
      if (t.get(i).isPunct('(')) {
        open = i;
        break;
      }
    }
    if (open >= 0) {
      int close = matching(t, open);
      for (int[] r : splitTopLevel(t, open + 1, close)) {
        if (r[0] >= r[1]) {
          continue;
        }
        DdlToken first = t.get(r[0]);
        if (first.kind() == DdlToken.Kind.WORD && TABLE_CONSTRAINTS.contains(first.upper())) {
          tableConstraint(sql, t, r[0], r[1], checks, fks);
        } else {
          ColumnDefinition c = column(sql, t, r[0], r[1], checks, fks);
          columns.put(c.name().toLowerCase(Locale.ROOT), c);
        }
      }
    }
    return new TableDefinition(columns, checks, fks);
  }

  private static ColumnDefinition column(
      String sql, List<DdlToken> t, int from, int to, List<CheckClause> checks, List<ForeignKeyClause> fks) {
    String name = t.get(from).name();
    int i = from + 1;
    while (i < to && !(t.get(i).kind() == DdlToken.Kind.WORD && COLUMN_CONSTRAINTS.contains(t.get(i).upper()))) {
      i = t.get(i).isPunct('(') ? matching(t, i) + 1 : i + 1;
    }
    boolean autoincrement = false;
    String generated = null;
    String collate = null;
    String pending = null;
    while (i < to) {
      DdlToken k = t.get(i);
      if (k.is("CONSTRAINT") && i + 1 < to) {
        pending = t.get(i + 1).name();
        i += 2;
      } else if (k.is("CHECK") && i + 1 < to && t.get(i + 1).isPunct('(')) {
        int close = matching(t, i + 1);
        checks.add(new CheckClause(pending, text(sql, t, i + 2, close)));
        pending = null;
        i = close + 1;
      } else if (k.is("COLLATE") && i + 1 < to) {
        collate = t.get(i + 1).name().toUpperCase(Locale.ROOT);
        i += 2;
      } else if (k.is("AUTOINCREMENT")) {
        autoincrement = true;
        i++;
      } else if (k.is("REFERENCES") && i + 1 < to) {
        fks.add(new ForeignKeyClause(pending, List.of(name), t.get(i + 1).name()));
        pending = null;
        i += 2;
      } else if (k.is("AS") && i + 1 < to && t.get(i + 1).isPunct('(')) {
        int close = matching(t, i + 1);
        generated = text(sql, t, i + 2, close);
        i = close + 1;
      } else if (k.isPunct('(')) {
        i = matching(t, i) + 1;
      } else {
        if (k.kind() == DdlToken.Kind.WORD && COLUMN_CONSTRAINTS.contains(k.upper())) {
          pending = null;
        }
        i++;
      }
    }
    return new ColumnDefinition(name, autoincrement, generated, collate);
  }

  private static void tableConstraint(
      String sql, List<DdlToken> t, int from, int to, List<CheckClause> checks, List<ForeignKeyClause> fks) {
    int i = from;
    String name = null;
    if (t.get(i).is("CONSTRAINT") && i + 1 < to) {
      name = t.get(i + 1).name();
      i += 2;
    }
    if (i >= to) {
      return;
    }
    if (t.get(i).is("CHECK") && i + 1 < to && t.get(i + 1).isPunct('(')) {
      checks.add(new CheckClause(name, text(sql, t, i + 2, matching(t, i + 1))));
    } else if (t.get(i).is("FOREIGN") && i + 2 < to && t.get(i + 2).isPunct('(')) {
      int close = matching(t, i + 2);
      List<String> columns = new ArrayList<>();
      for (int[] r : splitTopLevel(t, i + 3, close)) {
        if (r[0] < r[1]) {
          columns.add(t.get(r[0]).name());
        }
      }
      for (int j = close + 1; j + 1 < to; j++) {
        if (t.get(j).is("REFERENCES")) {
          fks.add(new ForeignKeyClause(name, columns, t.get(j + 1).name()));
          break;
        }
      }
    }
  }

  /** Returns the definition read from a CREATE INDEX statement. */
  static IndexDefinition index(String sql) {
    List<DdlToken> t = trimSemicolons(DdlScanner.scan(sql));
    int open = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).isPunct('(')) {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return new IndexDefinition(List.of(), "");
    }
    int close = matching(t, open);
    List<String> parts = new ArrayList<>();
    for (int[] r : splitTopLevel(t, open + 1, close)) {
      int end = r[1];
      if (end - 1 > r[0] && (t.get(end - 1).is("ASC") || t.get(end - 1).is("DESC"))) {
        end--;
      }
      parts.add(text(sql, t, r[0], end));
    }
    String where = "";
    if (close + 1 < t.size() && t.get(close + 1).is("WHERE")) {
      where = text(sql, t, close + 2, t.size());
    }
    return new IndexDefinition(parts, where);
  }

  /**
   * Returns the query of a CREATE VIEW statement (the text after its AS), or null when the view
   * declares a column list, which the query alone would lose.
   */
  static String viewQuery(String sql) {
    List<DdlToken> t = trimSemicolons(DdlScanner.scan(sql));
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).isPunct('(')) {
        return null;
      }
      if (t.get(i).is("AS") && i + 1 < t.size()) {
        return text(sql, t, i + 1, t.size());
      }
    }
    return null;
  }

  /** Returns the index of the parenthesis closing the one at {@code open}, or the last index. */
  static int matching(List<DdlToken> t, int open) {
    int depth = 0;
    for (int i = open; i < t.size(); i++) {
      if (t.get(i).isPunct('(')) {
        depth++;
      } else if (t.get(i).isPunct(')')) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return t.size() - 1;
  }

  /** Returns the [from, to) token ranges between top-level commas of {@code [from, to)}. */
  static List<int[]> splitTopLevel(List<DdlToken> t, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    int i = from;
    while (i < to) {
      if (t.get(i).isPunct('(')) {
        i = matching(t, i) + 1;
        continue;
      }
      if (t.get(i).isPunct(',')) {
        out.add(new int[] {start, i});
        start = i + 1;
      }
      i++;
    }
    out.add(new int[] {start, to});
    return out;
  }

  /** Returns the source text from token {@code from} to token {@code to} (exclusive), trimmed. */
  static String text(String sql, List<DdlToken> t, int from, int to) {
    if (from >= to) {
      return "";
    }
    return sql.substring(t.get(from).start(), t.get(to - 1).end()).strip();
  }

  private static List<DdlToken> trimSemicolons(List<DdlToken> t) {
    int n = t.size();
    while (n > 0 && t.get(n - 1).isPunct(';')) {
      n--;
    }
    return t.subList(0, n);
  }
}
