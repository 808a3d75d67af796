package dev.strata.cli.render;

import dev.strata.spi.support.GoTimes;
import dev.strata.spi.support.JsonStrings;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as compact JSON, as Go's encoding/json does
 * (keys in insertion order). A few dozen lines keep the CLI free of a JSON library and its
 * start-up cost; nothing here parses JSON.
 */
public final class Json {
  private Json() {}

  /** Returns {@code value} as JSON text. */
  public static String write(Object value) {
    StringBuilder b = new StringBuilder();
    append(b, value);
    return b.toString();
  }

  private static void append(StringBuilder b, Object v) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof String) {
      string(b, (String) v);
    } else if (v instanceof Number || v instanceof Boolean) {
      b.append(v);
    } else if (v instanceof Instant) {
      string(b, rfc3339Nano((Instant) v));
    } else if (v instanceof Map) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        string(b, String.valueOf(e.getKey()));
        b.append(':');
        append(b, e.getValue());
      }
      b.append('}');
    } else if (v instanceof Collection) {
      b.append('[');
      boolean first = true;
      for (Object o : (Collection<?>) v) {
        if (!first) {
          b.append(',');
        }
        first = false;
        append(b, o);
      }
      b.append(']');
    } else {
      string(b, v.toString());
    }
  }

  private static void string(StringBuilder b, String s) {
    JsonStrings.append(b, s);
  }

  /** Returns {@code t} in UTC as Go's {@code time.Time} marshals itself (layout RFC3339Nano). */
  static String rfc3339Nano(Instant t) {
    return GoTimes.rfc3339Nano(t);
  }
}
