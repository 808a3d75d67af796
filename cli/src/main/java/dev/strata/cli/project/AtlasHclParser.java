package dev.strata.cli.project;

import com.bertramlabs.plugins.hcl4j.HCLFunction;
import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.bertramlabs.plugins.hcl4j.HCLParserException;
import com.bertramlabs.plugins.hcl4j.RuntimeSymbols.EvalSymbol;
import com.bertramlabs.plugins.hcl4j.RuntimeSymbols.Function;
import com.bertramlabs.plugins.hcl4j.RuntimeSymbols.Variable;
import com.bertramlabs.plugins.hcl4j.RuntimeSymbols.VariableTree;
import com.bertramlabs.plugins.hcl4j.symbols.Symbol;
import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * hcl4j's parser with the parts of Atlas's evaluation context it lacks, added through the extension
 * points hcl4j offers (its function registry and the protected {@code processEvaluation}/{@code
 * evaluateFunctionCall} hooks):
 *
 * <ul>
 *   <li>{@code atlas.env} (the selected env name) and {@code each.key}/{@code each.value} (the
 *       current {@code for_each} element);
 *   <li>bare identifiers such as {@code LINEAR_SKIP} or {@code atlas} read as enum words;
 *   <li>Atlas's functions ({@link HclFunctions}), and a {@code try} that skips unresolved
 *       arguments; hcl4j's {@code http} data lookup is removed, as Atlas has no such data source
 *       and a project file must not make network calls;
 *   <li>unknown references, unknown functions and failed calls become {@link Unresolved} markers
 *       instead of hcl4j's silent {@code null} or reference text;
 *   <li>integral numbers read through a reference become {@code Long}, so {@code "${local.port}"}
 *       renders {@code 5432} and not hcl4j's {@code 5432.0}. The price: hcl4j's arithmetic and
 *       {@code ==} on such a reference no longer see a {@code Double}.
 * </ul>
 *
 * <p>hcl4j keeps per-parse state in fields, so an instance serves one {@link #parseFile} call.
 */
final class AtlasHclParser extends HCLParser {
  /** The current {@code for_each} element. */
  record Each(Object key, Object value) {}

  private final String envName;
  private final Each each;

  /**
   * Creates a parser.
   *
   * @param envName the value of {@code atlas.env}; empty when no env was selected
   * @param each the current {@code for_each} element, or null outside a {@code for_each} pass
   * @param variables the input variables' final values ({@code var.x}), already typed
   */
  AtlasHclParser(
      Path baseDir,
      Map<String, String> environment,
      String envName,
      Each each,
      Map<String, Object> variables) {
    this.envName = envName;
    this.each = each;
    HclFunctions.registerAll(this::registerFunction, baseDir, environment);
    // Every function, hcl4j's own included, passes an unresolved argument through unchanged
    // instead of being called with it.
    for (Map.Entry<String, HCLFunction> entry : functionRegistry.entrySet()) {
      HCLFunction function = entry.getValue();
      entry.setValue(
          args -> {
            Unresolved unresolved = Unresolved.find(args);
            return unresolved != null ? unresolved : function.method(args);
          });
    }
    // try() exists to absorb what cannot be evaluated: its first resolved, non-null argument.
    registerFunction(
        "try",
        args -> {
          for (Object arg : args) {
            if (arg != null && Unresolved.find(arg) == null) {
              return arg;
            }
          }
          return args.isEmpty() ? null : args.get(0);
        });
    dataLookupRegistry.clear();
    setVariables(variables);
  }

  /**
   * Returns hcl4j's evaluated tree of {@code text}: blocks as nested maps keyed by type and labels,
   * repeated blocks as lists, attributes as values.
   *
   * @throws StrataException ({@link ErrorCode#PROJECT}) when hcl4j rejects the text
   */
  Map<String, Object> parseFile(String text, String fileName) {
    try {
      return parseQuietly(text);
    } catch (HCLParserException | IOException | RuntimeException e) {
      String message = rootMessage(e);
      if (message.contains("traverses an object array")) {
        // hcl4j merges blocks by label into one map; once an unlabeled env has turned "env" into
        // a list, a later labeled env has nowhere to go.
        message +=
            " (hcl4j cannot place a labeled env block after an unlabeled env block that"
                + " follows labeled ones; move the unlabeled env block to the end of the file)";
      }
      throw new StrataException(ErrorCode.PROJECT, fileName + ": " + message, e);
    }
  }

  /**
   * hcl4j 0.9.4 prints debugging lines to System.out (its lexer on every operator, its parser on
   * every for expression). They would corrupt the CLI's output (JSON included), so stdout is
   * swapped for a discarding stream for the duration of the parse. The lock keeps two concurrent
   * loads from restoring each other's stream.
   */
  private Map<String, Object> parseQuietly(String text) throws HCLParserException, IOException {
    synchronized (AtlasHclParser.class) {
      PrintStream saved = System.out;
      System.setOut(
          new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
      try {
        return parse(text);
      } finally {
        System.setOut(saved);
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  @Override
  protected Object processEvaluation(EvalSymbol symbol, Object context, Map<String, Object> scope)
      throws HCLParserException {
    if (context == null && symbol instanceof VariableTree) {
      List<String> path = names(symbol);
      boolean local = path != null && scope != null && scope.containsKey(path.get(0));
      if (path != null && path.size() > 1 && !local) {
        if (path.get(0).equals("atlas")) {
          return path.size() == 2 && path.get(1).equals("env") ? envName : unknown(symbol);
        }
        if (path.get(0).equals("each")) {
          return eachValue(symbol, path);
        }
      }
    }
    Object value = super.processEvaluation(symbol, context, scope);
    if (value instanceof VariableTree) {
      List<String> path = names((VariableTree) value);
      if (path != null && path.size() == 1) {
        return path.get(0);
      }
      if (path != null && path.get(0).equals("data")) {
        return Unresolved.at(
            symbol, "data sources are not supported by Strata yet: \"" + value + "\"");
      }
      return unknown(symbol);
    }
    if (value instanceof Double && symbol instanceof VariableTree) {
      double d = (Double) value;
      if (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15) {
        return (long) d;
      }
    }
    return value;
  }

  @Override
  protected Object evaluateFunctionCall(String name, Function function, Map<String, Object> scope)
      throws HCLParserException {
    if (!functionRegistry.containsKey(name)) {
      return Unresolved.at(
          function, "Call to unknown function; There is no function named \"" + name + "\".");
    }
    try {
      return super.evaluateFunctionCall(name, function, scope);
    } catch (HclFunctions.Failure e) {
      return Unresolved.at(function, e.getMessage());
    } catch (RuntimeException e) {
      // hcl4j's own functions fail with ClassCastException and the like on unexpected arguments.
      return Unresolved.at(function, "Call to function \"" + name + "\" failed: " + rootMessage(e));
    }
  }

  private Object eachValue(Symbol symbol, List<String> path) {
    if (each == null) {
      return Unresolved.at(
          symbol,
          "Unknown variable; \""
              + String.join(".", path)
              + "\" is only available inside an env block with for_each.");
    }
    Object current;
    switch (path.get(1)) {
      case "key":
        current = each.key();
        break;
      case "value":
        current = each.value();
        break;
      default:
        return unknown(symbol);
    }
    for (String name : path.subList(2, path.size())) {
      if (!(current instanceof Map) || !((Map<?, ?>) current).containsKey(name)) {
        return unknown(symbol);
      }
      current = ((Map<?, ?>) current).get(name);
    }
    return current;
  }

  private static Unresolved unknown(Symbol symbol) {
    String reference = symbol instanceof VariableTree ? symbol.toString() : symbol.getName();
    return Unresolved.at(
        symbol, "Unknown reference; There is nothing named \"" + reference + "\" in this file.");
  }

  /**
   * Returns the dotted names of a reference such as {@code local.dev}, or null if it indexes or
   * calls.
   */
  private static List<String> names(Symbol tree) {
    List<String> names = new ArrayList<>();
    for (Symbol child : tree.getChildren()) {
      if (child.getClass() != Variable.class) {
        return null;
      }
      names.add(child.getName());
    }
    return names.isEmpty() ? null : names;
  }
}
