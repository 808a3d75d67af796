package dev.strata.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Atlas directives (atlas-compat.md §2.5): comments matching {@code ^([ -~]*)atlas:(\w+)(?:
 * +([ -~]*))*}, that is a printable prefix, {@code atlas:}, a name and an optional argument string
 * (the rest of the printable run after the spaces following the name). When several {@code atlas:}
 * occur on one line the last one is the directive, as with the greedy regex.
 */
public final class Directives {
  private Directives() {}

  /** A matched directive line: the text before {@code atlas:}, the name and the arguments. */
  private record Match(String prefix, String name, String args) {}

  /**
   * Returns the file directives by name, each with its argument strings in file order ({@code ""}
   * for a directive without arguments); empty when there are none.
   *
   * <p>They live in the leading block of lines starting with {@code --} or {@code #}, and count
   * only when that block is followed by an empty line, or when the file holds nothing else. Pass
   * the whole file, or at least its leading comment block and the line after it: a head cut inside
   * the block reads as a comments-only file. Deviations from Atlas: an empty line may end in {@code
   * \r\n} (Atlas ignores the directives of CRLF files) and a comments-only file counts (as §2.5
   * says; the Atlas code drops them).
   */
  public static Map<String, List<String>> ofFile(String fileHead) {
    String text = fileHead.startsWith("\uFEFF") ? fileHead.substring(1) : fileHead;
    List<String> comments = new ArrayList<>();
    int at = 0;
    while (text.startsWith("#", at) || text.startsWith("--", at)) {
      int nl = text.indexOf('\n', at);
      if (nl < 0) {
        comments.add(text.substring(at));
        at = text.length();
        break;
      }
      comments.add(GoText.trimSpace(text.substring(at, nl)));
      at = nl + 1;
    }
    int p = at;
    while (p < text.length()
        && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\r')) {
      p++;
    }
    boolean detached = p < text.length() ? text.charAt(p) == '\n' : text.substring(at).isBlank();
    if (!detached) {
      return Map.of();
    }
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String c : comments) {
      Match m = match(c);
      if (m != null) {
        found.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m.args());
      }
    }
    return freeze(found);
  }

  /**
   * Returns the directives in the comments attached to {@code s}, by name, with their argument
   * strings in order; empty when there are none. Accepted forms, as in Atlas: {@code --atlas:x},
   * {@code -- atlas:x}, {@code #atlas:x} and a one-line {@code /*atlas:x*}{@code /}.
   */
  public static Map<String, List<String>> ofStatement(Statement s) {
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String c : s.comments()) {
      Match m;
      if (c.startsWith("/*") && c.indexOf('\n') < 0) {
        m = match(c.endsWith("*/") ? c.substring(0, c.length() - 2) : c);
        m = m != null && m.prefix().equals("/*") ? m : null;
      } else {
        m = match(c);
        boolean prefixed =
            m != null
                && (m.prefix().equals("#") || m.prefix().equals("--") || m.prefix().equals("-- "));
        m = prefixed ? m : null;
      }
      if (m != null) {
        found.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m.args());
      }
    }
    return freeze(found);
  }

  /**
   * Returns the raw argument of a {@code -- atlas:delimiter D} directive on {@code firstLine}
   * (exactly that {@code -- } prefix), before unescaping; empty when the line is no such directive.
   * The argument is {@code ""} for a directive without one, which the scanner rejects with {@code
   * empty delimiter}.
   */
  public static Optional<String> delimiter(String firstLine) {
    Match m = match(firstLine);
    if (m == null || !m.prefix().equals("-- ") || !m.name().equals("delimiter")) {
      return Optional.empty();
    }
    return Optional.of(m.args());
  }

  /** Emulates the directive regex on {@code content}; returns null when it does not match. */
  private static Match match(String content) {
    int run = 0;
    while (run < content.length() && GoText.isPrintableAscii(content.charAt(run))) {
      run++;
    }
    int at = content.lastIndexOf("atlas:", run - 7);
    while (at >= 0 && !GoText.isWord(content.charAt(at + 6))) {
      at = content.lastIndexOf("atlas:", at - 1);
    }
    if (at < 0) {
      return null;
    }
    int nameEnd = at + 6;
    while (nameEnd < run && GoText.isWord(content.charAt(nameEnd))) {
      nameEnd++;
    }
    int args = nameEnd;
    while (args < run && content.charAt(args) == ' ') {
      args++;
    }
    String arg = args > nameEnd ? content.substring(args, run) : "";
    return new Match(content.substring(0, at), content.substring(at + 6, nameEnd), arg);
  }

  private static Map<String, List<String>> freeze(Map<String, List<String>> found) {
    if (found.isEmpty()) {
      return Map.of();
    }
    found.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(found);
  }
}
