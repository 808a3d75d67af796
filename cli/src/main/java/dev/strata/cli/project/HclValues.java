package dev.strata.cli.project;

import com.bertramlabs.plugins.hcl4j.symbols.Symbol;
import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversions from hcl4j's values (maps, lists, {@code Double} numbers, type symbols) to the plain
 * immutable Java values of the project records, with Atlas's type errors.
 */
final class HclValues {
  private HclValues() {}

  /**
   * Returns {@code value} as plain Java data: integral numbers as {@code Long}, other numbers as
   * {@code Double}, maps and lists as unmodifiable copies (nulls kept), type symbols such as {@code
   * string} as their name; {@link Unresolved} markers are kept for the caller to report.
   */
  static Object plain(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Unresolved) {
      return value;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15
          ? (Object) (long) d
          : (Object) d;
    }
    if (value instanceof Number) {
      return ((Number) value).longValue();
    }
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof Collection) {
      List<Object> copy = new ArrayList<>();
      ((Collection<?>) value).forEach(v -> copy.add(plain(v)));
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Symbol) {
      return ((Symbol) value).getName();
    }
    return value.toString();
  }

  /** Returns {@code map} converted by {@link #plain}, or an empty map when it is not a map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> plainMap(Object map) {
    return map instanceof Map ? (Map<String, Object>) plain(map) : Map.of();
  }

  /**
   * Returns {@code value} unchanged after checking it holds no {@link Unresolved} marker.
   *
   * @throws StrataException ({@link ErrorCode#PROJECT}) naming the file, position and problem
   */
  static <T> T resolved(T value, String fileName) {
    Unresolved unresolved = Unresolved.find(value);
    if (unresolved != null) {
      throw new StrataException(ErrorCode.PROJECT, unresolved.message(fileName));
    }
    return value;
  }

  /**
   * Returns a string attribute, or null when it is absent or null; numbers and booleans are
   * accepted and printed as HCL prints them, and an enum word ({@code atlas}, {@code LINEAR}) is
   * its name.
   *
   * @throws StrataException ({@link ErrorCode#PROJECT}) when the value is a list or a map
   */
  static String string(Object value, String attribute) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return GoFormatter.text(value);
    }
    if (value instanceof Symbol) {
      return ((Symbol) value).getName();
    }
    throw new StrataException(
        ErrorCode.PROJECT,
        "Incorrect attribute value type; Inappropriate value for attribute \""
            + attribute
            + "\": string required.");
  }

  /**
   * Returns a string-or-list attribute as a list: empty when absent, one element for a string.
   *
   * @throws StrataException ({@link ErrorCode#PROJECT}) for a map or a list holding a non-string
   */
  static List<String> strings(Object value, String attribute) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection) {
      List<String> out = new ArrayList<>();
      for (Object element : (Collection<?>) value) {
        if (element instanceof Collection || element instanceof Map) {
          throw new StrataException(
              ErrorCode.PROJECT,
              "expected "
                  + attribute
                  + " to be either a string or strings, got: list of "
                  + (element instanceof Map ? "object" : "list"));
        }
        out.add(string(element, attribute));
      }
      return out;
    }
    if (value instanceof Map) {
      throw new StrataException(
          ErrorCode.PROJECT,
          "expected " + attribute + " to be either a string or strings, got: object");
    }
    return List.of(string(value, attribute));
  }
}
