package dev.strata.cli.project;

import dev.strata.spi.support.JsonStrings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The subset of HCL's {@code format} function (Go's fmt verbs) that project files use: {@code %s %v
 * %d %f %t %q %%}, with an optional width and, for {@code %f}, a precision. Replaces hcl4j's {@code
 * format}, which calls {@code String.format} with the default locale and Java's verbs.
 */
final class GoFormatter {
  private GoFormatter() {}

  /**
   * Returns {@code spec} with its verbs replaced by {@code args}.
   *
   * @throws IllegalArgumentException for an unsupported verb or a missing argument, with a message
   *     naming the verb
   */
  static String format(String spec, List<Object> args) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    int i = 0;
    while (i < spec.length()) {
      char c = spec.charAt(i++);
      if (c != '%') {
        out.append(c);
        continue;
      }
      boolean left = false;
      while (i < spec.length() && spec.charAt(i) == '-') {
        left = true;
        i++;
      }
      int width = 0;
      while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
        width = width * 10 + (spec.charAt(i++) - '0');
      }
      int precision = -1;
      if (i < spec.length() && spec.charAt(i) == '.') {
        precision = 0;
        i++;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
          precision = precision * 10 + (spec.charAt(i++) - '0');
        }
      }
      if (i >= spec.length()) {
        throw new IllegalArgumentException("unterminated format verb at end of string");
      }
      char verb = spec.charAt(i++);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (next >= args.size()) {
        throw new IllegalArgumentException(
            "not enough arguments for \"%"
                + verb
                + "\" at "
                + next
                + ": need index "
                + (next + 1)
                + " but have "
                + args.size()
                + " total");
      }
      pad(out, render(verb, args.get(next++), precision), width, left);
    }
    return out.toString();
  }

  private static String render(char verb, Object arg, int precision) {
    switch (verb) {
      case 's':
      case 'v':
        return text(arg);
      case 'd':
        if (arg instanceof Number && isIntegral((Number) arg)) {
          return new BigDecimal(arg.toString()).toBigInteger().toString();
        }
        throw new IllegalArgumentException("unsupported value for \"%d\": " + text(arg));
      case 'f':
        if (arg instanceof Number) {
          return new BigDecimal(arg.toString())
              .setScale(precision < 0 ? 6 : precision, java.math.RoundingMode.HALF_EVEN)
              .toPlainString();
        }
        throw new IllegalArgumentException("unsupported value for \"%f\": " + text(arg));
      case 't':
        if (arg instanceof Boolean) {
          return arg.toString();
        }
        throw new IllegalArgumentException("unsupported value for \"%t\": " + text(arg));
      case 'q':
        return quote(text(arg));
      default:
        throw new IllegalArgumentException("unsupported format verb %" + verb);
    }
  }

  /**
   * Returns a value as HCL prints it: integral numbers without a fraction, lists as JSON-ish text.
   */
  static String text(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return isIntegral((Number) value)
          ? Long.toString((long) d)
          : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof List) {
      StringBuilder b = new StringBuilder("[");
      for (Object element : (List<?>) value) {
        b.append(b.length() == 1 ? "" : ",")
            .append(element instanceof String ? quote((String) element) : text(element));
      }
      return b.append(']').toString();
    }
    if (value instanceof Map) {
      StringBuilder b = new StringBuilder("{");
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        Object v = e.getValue();
        b.append(b.length() == 1 ? "" : ",").append(quote(String.valueOf(e.getKey()))).append(':');
        b.append(v instanceof String ? quote((String) v) : text(v));
      }
      return b.append('}').toString();
    }
    return value.toString();
  }

  private static boolean isIntegral(Number n) {
    double d = n.doubleValue();
    return !Double.isInfinite(d) && d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15;
  }

  /**
   * Returns {@code s} as a JSON string, which is what HCL's {@code format} makes of {@code %q} and
   * of the strings inside a list or map it prints (go-cty encodes them with {@code encoding/json}).
   */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2);
    JsonStrings.append(b, s);
    return b.toString();
  }


  private static void pad(StringBuilder out, String text, int width, boolean left) {
    int missing = width - text.codePointCount(0, text.length());
    if (left) {
      out.append(text);
    }
    for (int k = 0; k < missing; k++) {
      out.append(' ');
    }
    if (!left) {
      out.append(text);
    }
  }
}
