package dev.strata.driver.postgres.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Flattens nested AND and OR chains in expressions as PostgreSQL deparses them. The deparser puts
 * every operand of a boolean operator in parentheses, and a chain the parser built flat ({@code a
 * BETWEEN 1 AND 9 AND b} is one three-way AND) prints differently from the same chain after a round
 * trip ({@code ((x >= 1) AND (x <= 9)) AND b} reparses nested). Flattening makes both read {@code
 * ((x >= 1) AND (x <= 9) AND b)}, which means the same; so one schema always reads back the same
 * model.
 */
final class BooleanChains {
  private BooleanChains() {}

  /**
   * Returns {@code expr} with each parenthesised AND (OR) chain inside an AND (OR) chain inlined.
   */
  static String flatten(String expr) {
    int[] at = {0};
    List<Object> top = parse(expr, at, false);
    StringBuilder b = new StringBuilder();
    print(normalize(top), b);
    return b.toString();
  }

  // Parses up to the closing parenthesis (when nested) into text runs and sub-lists.
  private static List<Object> parse(String s, int[] at, boolean nested) {
    List<Object> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (at[0] < s.length()) {
      char ch = s.charAt(at[0]);
      if (ch == '\'' || ch == '"') {
        int end = closeQuote(s, at[0]);
        text.append(s, at[0], end + 1);
        at[0] = end + 1;
      } else if (ch == '(') {
        flushText(parts, text);
        at[0]++;
        parts.add(parse(s, at, true));
      } else if (ch == ')' && nested) {
        at[0]++;
        flushText(parts, text);
        return parts;
      } else {
        text.append(ch);
        at[0]++;
      }
    }
    flushText(parts, text);
    return parts;
  }

  private static void flushText(List<Object> parts, StringBuilder text) {
    if (text.length() > 0) {
      parts.add(text.toString());
      text.setLength(0);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> normalize(List<Object> parts) {
    List<Object> out = new ArrayList<>();
    for (Object p : parts) {
      out.add(p instanceof List ? normalize((List<Object>) p) : p);
    }
    String op = chainOp(out);
    if (op == null) {
      return out;
    }
    List<Object> flat = new ArrayList<>();
    for (Object p : out) {
      if (p instanceof List && op.equals(chainOp((List<Object>) p))) {
        flat.addAll((List<Object>) p);
      } else {
        flat.add(p);
      }
    }
    return flat;
  }

  // Returns " AND " or " OR " when parts are groups joined by that one operator, else null.
  private static String chainOp(List<Object> parts) {
    if (parts.size() < 3 || parts.size() % 2 == 0) {
      return null;
    }
    String op = null;
    for (int i = 0; i < parts.size(); i++) {
      Object p = parts.get(i);
      if (i % 2 == 0) {
        if (!(p instanceof List)) {
          return null;
        }
      } else if (!(p instanceof String)
          || !(p.equals(" AND ") || p.equals(" OR "))
          || op != null && !op.equals(p)) {
        return null;
      } else {
        op = (String) p;
      }
    }
    return op;
  }

  @SuppressWarnings("unchecked")
  private static void print(List<Object> parts, StringBuilder b) {
    for (Object p : parts) {
      if (p instanceof List) {
        b.append('(');
        print((List<Object>) p, b);
        b.append(')');
      } else {
        b.append((String) p);
      }
    }
  }

  private static int closeQuote(String s, int start) {
    char q = s.charAt(start);
    int i = start + 1;
    while (i < s.length()) {
      if (s.charAt(i) == q) {
        if (i + 1 < s.length() && s.charAt(i + 1) == q) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return s.length() - 1;
  }
}
