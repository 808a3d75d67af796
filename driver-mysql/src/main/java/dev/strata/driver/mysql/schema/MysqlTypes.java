package dev.strata.driver.mysql.schema;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MySQL/MariaDB column types in one canonical spelling: the type name in lower case, integer
 * display widths dropped as MySQL 8.0.19+ reports them (MariaDB still says {@code int(11)}), except
 * {@code tinyint(1)}, which is how BOOLEAN reads back, and widths that ZEROFILL pads to; {@code
 * year(4)} is {@code year}; synonyms ({@code integer}, {@code bool}, {@code dec}, {@code numeric},
 * {@code real}, {@code double precision}) become the names the catalog reports. Enum and set values
 * keep their case.
 */
final class MysqlTypes {
  private MysqlTypes() {}

  private static final Set<String> INTEGERS =
      Set.of("tinyint", "smallint", "mediumint", "int", "bigint");

  private static final Set<String> NUMERIC =
      Set.of(
          "tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "float", "double", "bit",
          "year");

  private static final Set<String> TEMPORAL = Set.of("timestamp", "datetime", "date", "time");

  private static final Set<String> TEXTUAL =
      Set.of(
          "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set", "json");

  private static final Map<String, String> SYNONYMS =
      Map.of(
          "integer", "int",
          "dec", "decimal",
          "numeric", "decimal",
          "fixed", "decimal",
          "real", "double",
          "double precision", "double",
          "int1", "tinyint",
          "int2", "smallint",
          "int3", "mediumint",
          "int8", "bigint");

  /** Returns the canonical spelling of the catalog's COLUMN_TYPE (or a declared type). */
  static String normalize(String columnType) {
    String raw = columnType.strip();
    String lower = raw.toLowerCase(Locale.ROOT);
    if (lower.startsWith("enum(") || lower.startsWith("set(")) {
      int open = raw.indexOf('(');
      return lower.substring(0, open) + raw.substring(open);
    }
    String name = baseName(raw);
    int i = name.length();
    if (name.isEmpty()) {
      return lower;
    }
    String after = raw.substring(i).stripLeading();
    if (name.equals("double") && after.toLowerCase(Locale.ROOT).startsWith("precision")) {
      after = after.substring("precision".length()).stripLeading();
    }
    String args = null;
    if (after.startsWith("(")) {
      int close = closingParen(after);
      args = after.substring(1, close);
      after = after.substring(Math.min(after.length(), close + 1));
    }
    String rest = after.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    if (name.equals("bool") || name.equals("boolean")) {
      return "tinyint(1)";
    }
    name = SYNONYMS.getOrDefault(name, name);
    boolean zerofill = rest.contains("zerofill");
    if (zerofill && !rest.contains("unsigned")) {
      rest = "unsigned " + rest; // ZEROFILL implies UNSIGNED and the catalog says both
    }
    if (INTEGERS.contains(name) && args != null && !zerofill
        && !(name.equals("tinyint") && args.strip().equals("1"))) {
      args = null;
    }
    if (name.equals("year")) {
      args = null;
    }
    if (name.equals("decimal") && args == null) {
      args = "10,0";
    }
    StringBuilder sb = new StringBuilder(name);
    if (args != null) {
      sb.append('(').append(args.replace(" ", "")).append(')');
    }
    if (!rest.isEmpty()) {
      sb.append(' ').append(rest);
    }
    return sb.toString();
  }

  // The index of the parenthesis closing the one at 0, skipping quoted enum values.
  private static int closingParen(String s) {
    int depth = 0;
    int i = 0;
    while (i < s.length()) {
      char ch = s.charAt(i);
      if (ch == '\'' || ch == '"') {
        i = SqlText.skipQuoted(s, i);
        continue;
      }
      if (ch == '(') {
        depth++;
      } else if (ch == ')' && --depth == 0) {
        return i;
      }
      i++;
    }
    return s.length() - 1;
  }

  /** Returns the type's name: {@code varchar} for {@code varchar(20)}, {@code int} for {@code int unsigned}. */
  static String baseName(String type) {
    String t = type.strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < t.length() && (Character.isLetterOrDigit(t.charAt(end)) || t.charAt(end) == '_')) {
      end++;
    }
    return t.substring(0, end);
  }

  /** Returns true for the types whose defaults are bare numbers (integers, decimals, bit, year). */
  static boolean isNumeric(String type) {
    return NUMERIC.contains(baseName(type));
  }

  /** Returns true for DATE, TIME, DATETIME and TIMESTAMP. */
  static boolean isTemporal(String type) {
    return TEMPORAL.contains(baseName(type));
  }

  /** Returns true for the types that have a character set and a collation. */
  static boolean isTextual(String type) {
    return TEXTUAL.contains(baseName(type));
  }
}
