package dev.strata.cli.render;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The subset of Go templates that {@code --format} needs: literal text and actions {@code {{ json
 * . }}}, {@code {{ json .Field }}}, {@code {{ .Field.Sub }}}. Data is a tree of maps, lists and
 * scalars. Anything else fails with a message that lists what is supported, rather than printing
 * something half right.
 */
public final class FormatTemplate {
  private final List<Part> parts;

  private FormatTemplate(List<Part> parts) {
    this.parts = parts;
  }

  private interface Part {
    void render(Map<String, Object> data, StringBuilder out);
  }

  /** Returns the parsed template, or throws for an action outside the supported subset. */
  public static FormatTemplate parse(String template) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf("{{", i);
      if (open < 0) {
        String text = template.substring(i);
        parts.add((d, o) -> o.append(text));
        break;
      }
      if (open > i) {
        String text = template.substring(i, open);
        parts.add((d, o) -> o.append(text));
      }
      int close = template.indexOf("}}", open);
      if (close < 0) {
        throw unsupported(template, "unclosed action");
      }
      String action = template.substring(open + 2, close).trim();
      if (action.startsWith("-")) {
        action = action.substring(1).trim();
      }
      if (action.endsWith("-")) {
        action = action.substring(0, action.length() - 1).trim();
      }
      parts.add(action(template, action));
      i = close + 2;
    }
    return new FormatTemplate(parts);
  }

  private static Part action(String template, String action) {
    String[] words = action.split("\\s+");
    if (words.length >= 2 && words[0].equals("json")) {
      String path = words[1];
      checkPath(template, path);
      return (d, o) -> o.append(Json.write(lookup(d, path)));
    }
    if (words.length == 1 && words[0].startsWith(".")) {
      String path = words[0];
      return (d, o) -> {
        Object v = lookup(d, path);
        o.append(v == null ? "<no value>" : v instanceof String ? v : Json.write(v));
      };
    }
    throw unsupported(template, "unsupported action {{ " + action + " }}");
  }

  private static void checkPath(String template, String path) {
    if (!path.startsWith(".")) {
      throw unsupported(template, "unsupported argument " + path);
    }
  }

  private static Object lookup(Map<String, Object> data, String path) {
    if (path.equals(".")) {
      return data;
    }
    Object cur = data;
    for (String key : path.substring(1).split("\\.")) {
      if (!(cur instanceof Map)) {
        return null;
      }
      cur = ((Map<?, ?>) cur).get(key);
    }
    return cur;
  }

  private static StrataException unsupported(String template, String why) {
    return new StrataException(
        ErrorCode.USAGE,
        "template: "
            + why
            + " in "
            + template
            + " (supported: text, {{ json . }}, {{ json .Field }}, {{ .Field }})");
  }

  /** Returns the template rendered over {@code data}. */
  public String render(Map<String, Object> data) {
    StringBuilder out = new StringBuilder();
    for (Part p : parts) {
      p.render(data, out);
    }
    return out.toString();
  }
}
