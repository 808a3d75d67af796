package dev.strata.driver.sqlite.schema;

import java.util.List;
import java.util.Locale;

/**
 * SQLite's spelling rules shared by the inspector, the plan writer and the diff hooks: the
 * canonical form of a declared type and of a default, which defaults may be written bare, and
 * back-quoted identifiers as Atlas writes them.
 */
final class SqliteSyntax {
  private SqliteSyntax() {}

  /**
   * Returns the canonical spelling of a declared type: lower case, runs of white space made one
   * space, no space around parentheses and commas ({@code "Varchar ( 10 ,  2 )"} becomes {@code
   * "varchar(10,2)"}); empty for a column declared without a type. Affinity only depends on
   * case-insensitive substrings, so the canonical spelling behaves as the declared one.
   */
  static String type(String declared) {
    if (declared == null) {
      return "";
    }
    String s = declared.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return s.replaceAll(" ?([(),]) ?", "$1").replaceAll("\\)(?=\\w)", ") ").strip();
  }

  /**
   * Returns the canonical text of a default as {@code pragma_table_xinfo} reports it: trimmed, with
   * parentheses that wrap the whole expression removed ({@code ((0))} becomes {@code 0}); the
   * writer puts them back where SQLite needs them.
   */
  static String defaultExpr(String dflt) {
    String s = dflt.strip();
    while (s.startsWith("(") && s.endsWith(")")) {
      List<DdlToken> t = DdlScanner.scan(s);
      if (t.isEmpty() || DdlParser.matching(t, 0) != t.size() - 1) {
        break;
      }
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }

  /**
   * Returns true when a default may follow DEFAULT without parentheses: a single literal, word or
   * quoted token ({@code 0}, {@code 'x'}, {@code x'00'}, {@code NULL}, {@code CURRENT_TIMESTAMP})
   * or a signed number.
   */
  static boolean bareDefault(String expr) {
    List<DdlToken> t = DdlScanner.scan(expr);
    if (t.size() == 1) {
      return t.get(0).kind() != DdlToken.Kind.PUNCT;
    }
    return t.size() == 2
        && (t.get(0).isPunct('-') || t.get(0).isPunct('+'))
        && t.get(1).kind() == DdlToken.Kind.NUMBER;
  }

  /**
   * Returns true when a default is a constant ALTER TABLE ADD COLUMN accepts: bare, and neither
   * CURRENT_TIME, CURRENT_DATE nor CURRENT_TIMESTAMP.
   */
  static boolean constantDefault(String expr) {
    if (!bareDefault(expr)) {
      return false;
    }
    String u = expr.strip().toUpperCase(Locale.ROOT);
    return !u.startsWith("CURRENT_");
  }

  /** Returns {@code name} in back-quotes, inner back-quotes doubled. */
  static String quote(String name) {
    return '`' + name.replace("`", "``") + '`';
  }

  /** Returns {@code name} in double quotes, as Atlas prints names in plan comments. */
  static String commentName(String name) {
    return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /**
   * Returns true when SQL text {@code sql} names {@code identifier} (bare or quoted, any case)
   * anywhere; conservative, for deciding whether a column is still referenced.
   */
  static boolean mentions(String sql, String identifier) {
    if (sql == null || sql.isEmpty()) {
      return false;
    }
    for (DdlToken t : DdlScanner.scan(sql)) {
      if ((t.kind() == DdlToken.Kind.WORD || t.kind() == DdlToken.Kind.QUOTED || t.kind() == DdlToken.Kind.STRING)
          && t.name().equalsIgnoreCase(identifier)) {
        return true;
      }
    }
    return false;
  }
}
