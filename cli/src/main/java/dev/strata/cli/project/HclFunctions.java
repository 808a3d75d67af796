package dev.strata.cli.project;

import com.bertramlabs.plugins.hcl4j.HCLFunction;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Atlas's project-file functions that hcl4j lacks or spells differently: {@code getenv}, {@code
 * file}, {@code urlsetpath}, {@code urlqueryset}, {@code urluserinfo}, {@code urlescape}, {@code
 * format} (Go verbs), {@code toset}, {@code tolist}, {@code tostring} and {@code concat}. They are
 * registered through hcl4j's own function registry ({@code HCLParser.registerFunction}).
 *
 * <p>A function reports a bad call by throwing {@link Failure}; the parser turns it into an {@link
 * Unresolved} marker, so only the selected env fails on it.
 */
final class HclFunctions {
  private HclFunctions() {}

  /** A function call that cannot produce a value; the message follows Atlas's where it has one. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  /**
   * Registers the functions through {@code register}.
   *
   * @param baseDir the project file's directory, against which {@code file()} resolves paths
   * @param environment the process environment {@code getenv()} reads
   */
  static void registerAll(
      BiConsumer<String, HCLFunction> register, Path baseDir, Map<String, String> environment) {
    register.accept("getenv", args -> environment.getOrDefault(string("getenv", args, 0), ""));
    register.accept("file", args -> readFile(baseDir, string("file", args, 0)));
    register.accept(
        "urlsetpath",
        args ->
            GoUrl.parse(string("urlsetpath", args, 0))
                .withPath(string("urlsetpath", args, 1))
                .toString());
    register.accept(
        "urlqueryset",
        args ->
            GoUrl.parse(string("urlqueryset", args, 0))
                .withQueryParam(string("urlqueryset", args, 1), string("urlqueryset", args, 2))
                .toString());
    register.accept(
        "urluserinfo",
        args ->
            GoUrl.parse(string("urluserinfo", args, 0))
                .withUser(
                    string("urluserinfo", args, 1),
                    args.size() > 2 && args.get(2) != null ? string("urluserinfo", args, 2) : null)
                .toString());
    register.accept("urlescape", args -> GoUrl.queryEscape(string("urlescape", args, 0)));
    register.accept("format", HclFunctions::format);
    register.accept("toset", args -> toSet(list("toset", args)));
    register.accept("tolist", args -> new ArrayList<>(list("tolist", args)));
    register.accept("tostring", args -> GoFormatter.text(arg("tostring", args, 0)));
    register.accept("concat", HclFunctions::concat);
  }

  private static Object format(List<Object> args) {
    String spec = string("format", args, 0);
    try {
      return GoFormatter.format(spec, args.subList(1, args.size()));
    } catch (IllegalArgumentException e) {
      throw new Failure(
          "Error in function call; Call to function \"format\" failed: " + e.getMessage() + ".");
    }
  }

  private static String readFile(Path baseDir, String name) {
    Path path = baseDir.resolve(name).normalize();
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new Failure(
          "Call to function \"file\" failed: open " + path + ": no such file or directory.");
    } catch (IOException e) {
      throw new Failure("Call to function \"file\" failed: " + e.getMessage() + ".");
    }
  }

  /**
   * Returns the distinct elements; strings and numbers in cty's set order (sorted), others in their
   * original order.
   */
  private static List<Object> toSet(Collection<?> elements) {
    List<Object> distinct = new ArrayList<>(new LinkedHashSet<>(elements));
    if (distinct.stream().allMatch(e -> e instanceof String)) {
      distinct.sort(Comparator.comparing(e -> (String) e));
    } else if (distinct.stream().allMatch(e -> e instanceof Number)) {
      distinct.sort(Comparator.comparing(e -> new BigDecimal(e.toString())));
    }
    return distinct;
  }

  private static Object concat(List<Object> args) {
    List<Object> all = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (!(args.get(i) instanceof Collection)) {
        throw new Failure(
            "Invalid function argument; Invalid value for \"seqs\" parameter: all arguments must be"
                + " lists or tuples.");
      }
      all.addAll((Collection<?>) args.get(i));
    }
    return all;
  }

  private static Collection<?> list(String function, List<Object> args) {
    Object value = arg(function, args, 0);
    if (value instanceof Collection) {
      return (Collection<?>) value;
    }
    throw new Failure(
        "Invalid function argument; Invalid value for \"v\" parameter: cannot convert "
            + kind(value)
            + " to "
            + function.substring(2)
            + ".");
  }

  private static Object arg(String function, List<Object> args, int index) {
    if (args.size() <= index) {
      throw new Failure(
          "Not enough function arguments; Function \""
              + function
              + "\" expects at least "
              + (index + 1)
              + " argument(s).");
    }
    return args.get(index);
  }

  private static String string(String function, List<Object> args, int index) {
    Object value = arg(function, args, index);
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return GoFormatter.text(value);
    }
    throw new Failure(
        "Invalid function argument; Invalid value for argument "
            + (index + 1)
            + " of \""
            + function
            + "\": string required, got "
            + kind(value)
            + ".");
  }

  private static String kind(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Collection) {
      return "list";
    }
    if (value instanceof Map) {
      return "object";
    }
    return value instanceof Number ? "number" : value instanceof Boolean ? "bool" : "string";
  }
}
