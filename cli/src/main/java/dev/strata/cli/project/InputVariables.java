package dev.strata.cli.project;

import com.bertramlabs.plugins.hcl4j.symbols.Symbol;
import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.sql.GoText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input variables of a project file: the {@code --var} flag's syntax, and the values of the file's
 * {@code variable} blocks (a given value converted to the declared type, else the default, else
 * Atlas's "missing value" error).
 */
public final class InputVariables {
  private InputVariables() {}

  /**
   * Returns the values of repeated {@code --var} flags, keyed by name in first-seen order; a name
   * given more than once maps to all its values. Each flag value is one CSV record of {@code
   * key=value} fields, as with Atlas: {@code --var a=1,b=2} sets two variables and {@code --var
   * 'a=1,a=2'} gives {@code a} two values, while {@code --var a=1,2} is refused because the field
   * {@code 2} has no {@code =}; quote a field to keep a comma in a value: {@code --var '"a=1,2"'}.
   *
   * @throws StrataException ({@link ErrorCode#USAGE}) with Atlas's wording for a malformed value
   */
  public static Map<String, List<String>> parseFlags(List<String> flagValues) {
    Map<String, List<String>> vars = new LinkedHashMap<>();
    for (String raw : flagValues) {
      List<String> fields;
      try {
        fields = csvRecord(raw);
      } catch (IllegalArgumentException e) {
        throw invalid(raw, e.getMessage());
      }
      for (String field : fields) {
        int eq = field.indexOf('=');
        if (eq < 0) {
          throw invalid(
              raw, "variables must be format as key=value, got: " + GoText.quote(field));
        }
        vars.computeIfAbsent(field.substring(0, eq), k -> new ArrayList<>())
            .add(field.substring(eq + 1));
      }
    }
    return vars;
  }

  private static StrataException invalid(String raw, String reason) {
    return new StrataException(
        ErrorCode.USAGE,
        "invalid argument " + GoText.quote(raw) + " for \"--var\" flag: " + reason);
  }

  /** Returns the fields of the first CSV record in {@code text} (Go's encoding/csv rules). */
  private static List<String> csvRecord(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("EOF");
    }
    List<String> fields = new ArrayList<>();
    int i = 0;
    while (true) {
      StringBuilder field = new StringBuilder();
      if (i < text.length() && text.charAt(i) == '"') {
        int open = i++;
        while (true) {
          if (i >= text.length()) {
            throw new IllegalArgumentException(
                "parse error on line 1, column "
                    + (open + 1)
                    + ": extraneous or missing \" in quoted-field");
          }
          char c = text.charAt(i++);
          if (c != '"') {
            field.append(c);
          } else if (i < text.length() && text.charAt(i) == '"') {
            field.append('"');
            i++;
          } else if (i == text.length() || text.charAt(i) == ',' || text.charAt(i) == '\n') {
            break;
          } else {
            throw new IllegalArgumentException(
                "parse error on line 1, column "
                    + (i + 1)
                    + ": extraneous or missing \" in quoted-field");
          }
        }
      } else {
        while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n') {
          if (text.charAt(i) == '"') {
            throw new IllegalArgumentException(
                "parse error on line 1, column " + (i + 1) + ": bare \" in non-quoted-field");
          }
          field.append(text.charAt(i++));
        }
      }
      fields.add(field.toString());
      if (i >= text.length() || text.charAt(i) == '\n') {
        return fields;
      }
      i++; // the comma
    }
  }

  /**
   * Returns the value of every declared variable, keyed by name, ready for {@code var.x}: a given
   * value converted to the declared type, else the evaluated default.
   *
   * @param declared hcl4j's {@code variable} node: a map from variable name to its attributes, or
   *     null when the file declares none
   * @param given the {@code --var} values; names the file does not declare are ignored, as Atlas
   *     passes the same values to schema files
   * @throws StrataException ({@link ErrorCode#PROJECT}) for a required variable without a value or
   *     a value of the wrong shape
   */
  static Map<String, Object> resolve(
      Object declared, Map<String, List<String>> given, String fileName) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (!(declared instanceof Map)) {
      return values;
    }
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) declared).entrySet()) {
      String name = String.valueOf(entry.getKey());
      Map<?, ?> attrs = entry.getValue() instanceof Map ? (Map<?, ?>) entry.getValue() : Map.of();
      String type =
          attrs.get("type") instanceof Symbol ? ((Symbol) attrs.get("type")).getName() : "any";
      List<String> input = given.get(name);
      if (input != null && !input.isEmpty()) {
        values.put(name, convert(name, type, input));
      } else if (attrs.containsKey("default")) {
        Object value = attrs.get("default");
        Unresolved unresolved = Unresolved.find(value);
        if (unresolved != null) {
          throw new StrataException(ErrorCode.PROJECT, unresolved.message(fileName));
        }
        values.put(name, HclValues.plain(value));
      } else {
        throw new StrataException(
            ErrorCode.PROJECT, "missing value for required variable \"" + name + "\"");
      }
    }
    return values;
  }

  private static Object convert(String name, String type, List<String> input) {
    switch (type) {
      case "list":
      case "set":
      case "tuple":
        return List.copyOf(input);
      case "any":
        return input.size() == 1 ? input.get(0) : List.copyOf(input);
      default:
        break;
    }
    if (input.size() > 1) {
      throw new StrataException(
          ErrorCode.PROJECT,
          "invalid value for variable \""
              + name
              + "\": "
              + type
              + " required, got a list of "
              + input.size()
              + " values");
    }
    String value = input.get(0);
    switch (type) {
      case "number":
        try {
          return HclValues.plain(Double.parseDouble(value));
        } catch (NumberFormatException e) {
          throw new StrataException(
              ErrorCode.PROJECT,
              "invalid value for variable \""
                  + name
                  + "\": a number is required, got \""
                  + value
                  + "\"",
              e);
        }
      case "bool":
      case "boolean":
        if (value.equals("true") || value.equals("false")) {
          return Boolean.valueOf(value);
        }
        throw new StrataException(
            ErrorCode.PROJECT,
            "invalid value for variable \""
                + name
                + "\": a bool is required, got \""
                + value
                + "\"");
      default:
        return value;
    }
  }
}
