package dev.strata.driver.mysql.schema;

import java.util.Locale;

/**
 * Small scanners over MySQL SQL text that respect string literals and quoted identifiers: remove a
 * schema qualifier, tell whether an expression is wrapped in parentheses, quote literals and
 * identifiers, and reduce an expression to a comparison key. Each helper returns a new string.
 */
final class SqlText {
  private SqlText() {}

  /** Returns {@code name} back-quoted, with back quotes doubled. */
  static String ident(String name) {
    return '`' + name.replace("`", "``") + '`';
  }

  /** Returns {@code text} as a single-quoted string literal (quotes doubled, backslashes escaped). */
  static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  /**
   * Returns the end (exclusive) of the quoted token starting at {@code start} ({@code '}, {@code "}
   * or a back quote): doubled quotes and, except in back quotes, backslash escapes stay inside.
   */
  static int skipQuoted(String s, int start) {
    char q = s.charAt(start);
    int i = start + 1;
    while (i < s.length()) {
      char ch = s.charAt(i);
      if (ch == '\\' && q != '`') {
        i += 2;
        continue;
      }
      if (ch == q) {
        if (i + 1 < s.length() && s.charAt(i + 1) == q) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return s.length();
  }

  /**
   * Returns {@code text} without the qualifier {@code `schema`.} wherever it precedes a name
   * outside string literals: MySQL rewrites view queries with every table and column qualified by
   * the view's schema, which would tie the model to the database's name.
   */
  static String stripQualifier(String text, String schema) {
    String q = ident(schema) + ".";
    StringBuilder sb = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '`' && text.startsWith(q, i)) {
        i += q.length();
        continue;
      }
      if (ch == '\'' || ch == '"' || ch == '`') {
        int end = skipQuoted(text, i);
        sb.append(text, i, end);
        i = end;
        continue;
      }
      sb.append(ch);
      i++;
    }
    return sb.toString();
  }

  /**
   * Returns a view query with every unqualified table reference qualified by {@code
   * quotedSchema}: a back-quoted name that follows FROM or JOIN (after any opening parentheses)
   * and is not itself followed by a dot. This is the shape of the queries MySQL and MariaDB store
   * (comma joins are rewritten as JOIN), so it undoes {@link #stripQualifier} for them.
   */
  static String qualifyTables(String query, String quotedSchema) {
    StringBuilder sb = new StringBuilder(query.length() + 64);
    boolean afterFrom = false;
    int i = 0;
    while (i < query.length()) {
      char ch = query.charAt(i);
      if (ch == '\'' || ch == '"') {
        int end = skipQuoted(query, i);
        sb.append(query, i, end);
        i = end;
        afterFrom = false;
      } else if (ch == '`') {
        int end = skipQuoted(query, i);
        if (afterFrom && (end >= query.length() || query.charAt(end) != '.')) {
          sb.append(quotedSchema).append('.');
        }
        sb.append(query, i, end);
        i = end;
        afterFrom = false;
      } else if (Character.isLetter(ch) || ch == '_') {
        int end = i;
        while (end < query.length()
            && (Character.isLetterOrDigit(query.charAt(end)) || query.charAt(end) == '_')) {
          end++;
        }
        String word = query.substring(i, end);
        afterFrom = word.equalsIgnoreCase("from") || word.equalsIgnoreCase("join");
        sb.append(word);
        i = end;
      } else {
        if (!Character.isWhitespace(ch) && ch != '(') {
          afterFrom = false;
        }
        sb.append(ch);
        i++;
      }
    }
    return sb.toString();
  }

  /** Returns true when one pair of parentheses encloses all of {@code text} (after trimming). */
  static boolean isWrapped(String text) {
    String t = text.strip();
    if (t.length() < 2 || t.charAt(0) != '(' || t.charAt(t.length() - 1) != ')') {
      return false;
    }
    int depth = 0;
    int i = 0;
    while (i < t.length()) {
      char ch = t.charAt(i);
      if (ch == '\'' || ch == '"' || ch == '`') {
        i = skipQuoted(t, i);
        continue;
      }
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
        if (depth == 0 && i < t.length() - 1) {
          return false;
        }
      }
      i++;
    }
    return depth == 0;
  }

  /** Returns {@code text} wrapped in parentheses unless it already is. */
  static String wrap(String text) {
    String t = text.strip();
    return isWrapped(t) ? t : "(" + t + ")";
  }

  /** Returns {@code text} without any number of enclosing parenthesis pairs. */
  static String unwrap(String text) {
    String t = text.strip();
    while (isWrapped(t)) {
      t = t.substring(1, t.length() - 1).strip();
    }
    return t;
  }

  /**
   * Returns MySQL's escaped catalog text unescaped ({@code \'} becomes {@code '}): MySQL 8 escapes
   * quotes in GENERATION_EXPRESSION, CHECK_CLAUSE and expression defaults; MariaDB does not.
   */
  static String unescape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\\' && i + 1 < text.length()) {
        sb.append(text.charAt(++i));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  /**
   * Returns a comparison key for an expression: lower case and without white space outside
   * literals and quoted names, without enclosing parentheses, and without back quotes around names.
   * Two expressions with equal keys mean the same to the server.
   */
  static String expressionKey(String text) {
    String t = unwrap(text);
    StringBuilder sb = new StringBuilder(t.length());
    int i = 0;
    while (i < t.length()) {
      char ch = t.charAt(i);
      if (ch == '\'' || ch == '"') {
        int end = skipQuoted(t, i);
        sb.append(t, i, end);
        i = end;
      } else if (ch == '`') {
        int end = skipQuoted(t, i);
        sb.append(t.substring(i + 1, Math.max(i + 1, end - 1)).replace("``", "`").toLowerCase(Locale.ROOT));
        i = end;
      } else {
        if (!Character.isWhitespace(ch)) {
          sb.append(Character.toLowerCase(ch));
        }
        i++;
      }
    }
    return sb.toString();
  }
}
