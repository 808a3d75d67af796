package dev.strata.driver.mysql.schema;

import dev.strata.model.DefaultValue;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column defaults in one form, whichever server reported them, ready to follow {@code DEFAULT} in
 * DDL: string literals single-quoted ({@code 'abc'}), numbers and bit or hex literals bare, {@code
 * CURRENT_TIMESTAMP} and {@code CURRENT_TIMESTAMP(n)} in upper case without empty parentheses, and
 * every other expression wrapped in parentheses ({@code (uuid())}), which both servers accept.
 *
 * <p>MariaDB (10.2.7+) quotes literal defaults in COLUMN_DEFAULT, prints expressions bare and says
 * {@code NULL} for "no default or NULL". MySQL prints literals unquoted, marks expression defaults
 * with DEFAULT_GENERATED in EXTRA and reports no default as SQL NULL.
 */
final class MysqlDefaults {
  private MysqlDefaults() {}

  private static final Pattern CURRENT_TIMESTAMP =
      Pattern.compile("(?i)(current_timestamp|now|localtimestamp|localtime)(?:\\((\\d*)\\))?");

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private static final Pattern BIT_OR_HEX =
      Pattern.compile("(?i)(b'[01]*'|x'[0-9a-f]*'|0x[0-9a-f]+|0b[01]+)");

  /** Returns MariaDB's COLUMN_DEFAULT in the canonical form, or null for no default. */
  static DefaultValue fromMariadb(String raw) {
    if (raw == null || raw.equals("NULL")) {
      return null;
    }
    if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
      return new DefaultValue(raw);
    }
    return new DefaultValue(canonicalExpression(raw));
  }

  /**
   * Returns MySQL's COLUMN_DEFAULT in the canonical form, or null for no default; {@code
   * generated} is true when EXTRA says DEFAULT_GENERATED (an expression default).
   */
  static DefaultValue fromMysql(String raw, String type, boolean generated) {
    if (raw == null) {
      return null;
    }
    if (generated) {
      return new DefaultValue(canonicalExpression(SqlText.unescape(raw)));
    }
    Matcher ts = CURRENT_TIMESTAMP.matcher(raw);
    if (MysqlTypes.isTemporal(type) && ts.matches()) {
      return new DefaultValue(currentTimestamp(ts.group(2)));
    }
    if (MysqlTypes.isNumeric(type) || BIT_OR_HEX.matcher(raw).matches() && !MysqlTypes.isTextual(type)) {
      return new DefaultValue(raw);
    }
    return new DefaultValue(SqlText.literal(raw));
  }

  /** Returns an expression default (already unquoted by the server) in the canonical form. */
  static String canonicalExpression(String raw) {
    String x = raw.strip();
    Matcher ts = CURRENT_TIMESTAMP.matcher(SqlText.unwrap(x));
    if (ts.matches()) {
      return currentTimestamp(ts.group(2));
    }
    if (NUMBER.matcher(x).matches() || BIT_OR_HEX.matcher(x).matches()) {
      return x;
    }
    if (x.equalsIgnoreCase("NULL")) {
      return "NULL";
    }
    if (x.length() >= 2 && x.startsWith("'") && x.endsWith("'")) {
      return x;
    }
    return SqlText.wrap(x);
  }

  /** Returns ON UPDATE's value ({@code current_timestamp(3)}) in the canonical form. */
  static String onUpdate(String raw) {
    Matcher ts = CURRENT_TIMESTAMP.matcher(raw.strip());
    return ts.matches() ? currentTimestamp(ts.group(2)) : raw.strip();
  }

  private static String currentTimestamp(String precision) {
    return precision == null || precision.isEmpty() || precision.equals("0")
        ? "CURRENT_TIMESTAMP"
        : "CURRENT_TIMESTAMP(" + precision + ")";
  }

  /**
   * Returns a comparison key for a default: canonical form, expressions reduced with {@link
   * SqlText#expressionKey}, numbers compared by value ({@code 1.50} and {@code 1.5}).
   */
  static String key(String expr) {
    String x = expr.strip();
    String unquoted = x.length() >= 2 && x.startsWith("'") && x.endsWith("'") ? x.substring(1, x.length() - 1) : x;
    if (NUMBER.matcher(unquoted).matches()) {
      try {
        return new java.math.BigDecimal(unquoted).stripTrailingZeros().toPlainString();
      } catch (NumberFormatException e) {
        return unquoted;
      }
    }
    if (x.startsWith("'")) {
      return x;
    }
    return SqlText.expressionKey(canonicalExpression(x)).toLowerCase(Locale.ROOT);
  }
}
