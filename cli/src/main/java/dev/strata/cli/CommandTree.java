package dev.strata.cli;

import dev.strata.error.StrataException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds the command tree and maps every failure to Atlas's convention: {@code Error: <message>}
 * on stderr and exit code 1, without the usage text.
 */
final class CommandTree {
  private CommandTree() {}

  /** The command groups and their commands, in the order help lists them. */
  private static final Map<String, Map<String, Class<?>>> TREE = tree();

  private static Map<String, Map<String, Class<?>>> tree() {
    Map<String, Class<?>> migrate = new LinkedHashMap<>();
    migrate.put("apply", MigrateApplyCommand.class);
    migrate.put("status", MigrateStatusCommand.class);
    migrate.put("set", MigrateSetCommand.class);
    migrate.put("hash", MigrateHashCommand.class);
    migrate.put("validate", MigrateValidateCommand.class);
    migrate.put("new", MigrateNewCommand.class);
    migrate.put("diff", MigrateDiffCommand.class);
    Map<String, Class<?>> schema = new LinkedHashMap<>();
    schema.put("inspect", SchemaInspectCommand.class);
    schema.put("diff", SchemaDiffCommand.class);
    schema.put("apply", SchemaApplyCommand.class);
    schema.put("clean", SchemaCleanCommand.class);
    Map<String, Map<String, Class<?>>> t = new LinkedHashMap<>();
    t.put("migrate", migrate);
    t.put("schema", schema);
    return t;
  }

  /**
   * Returns the command line for {@code args}. Building picocli's model of a command costs
   * start-up time, so only the command that {@code args} names is built; help and unknown
   * commands get the whole tree.
   */
  static CommandLine build(CliContext context, String[] args) {
    CommandLine.IFactory factory = new ContextFactory(context);
    CommandLine cli = new CommandLine(new StrataCommand(), factory);
    List<String> words = words(args);
    String groupName = words.size() > 0 && TREE.containsKey(words.get(0)) ? words.get(0) : null;
    for (Map.Entry<String, Map<String, Class<?>>> group : TREE.entrySet()) {
      if (groupName != null && !groupName.equals(group.getKey())) {
        continue;
      }
      CommandLine g =
          new CommandLine(group.getKey().equals("migrate") ? new MigrateCommand() : new SchemaCommand(), factory);
      String leaf = groupName != null && words.size() > 1 && group.getValue().containsKey(words.get(1)) ? words.get(1) : null;
      for (Map.Entry<String, Class<?>> c : group.getValue().entrySet()) {
        if (leaf == null || leaf.equals(c.getKey())) {
          g.addSubcommand(c.getKey(), create(factory, c.getValue()));
        }
      }
      cli.addSubcommand(group.getKey(), g);
    }
    cli.setOut(context.out());
    cli.setErr(context.err());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (ex, rest) -> {
          ex.getCommandLine().getErr().println("Error: " + cobraText(ex));
          ex.getCommandLine().getErr().flush();
          return 1;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          String message = ex instanceof StrataException || ex.getMessage() != null
              ? ex.getMessage()
              : ex.toString();
          commandLine.getErr().println("Error: " + message);
          commandLine.getErr().flush();
          return 1;
        });
    return cli;
  }

  // The words that name commands: arguments before the first option of a command, skipping the
  // values of the root's options (--env x, -c x, --config x, --var k=v).
  private static List<String> words(String[] args) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.length && out.size() < 2; i++) {
      String a = args[i];
      if (a.equals("--env") || a.equals("-c") || a.equals("--config") || a.equals("--var")) {
        i++;
      } else if (!a.startsWith("-")) {
        out.add(a);
      }
    }
    return out;
  }

  private static Object create(CommandLine.IFactory factory, Class<?> cls) {
    try {
      return factory.create(cls);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create command " + cls.getName(), e);
    }
  }

  /** Returns picocli's message in the words of Atlas's command framework (cobra). */
  private static String cobraText(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException) {
      java.util.List<String> unmatched = ((CommandLine.UnmatchedArgumentException) ex).getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      if (first.startsWith("--")) {
        int eq = first.indexOf('=');
        return "unknown flag: " + (eq < 0 ? first : first.substring(0, eq));
      }
      if (first.startsWith("-") && first.length() > 1) {
        return "unknown shorthand flag: '" + first.charAt(1) + "' in " + first;
      }
      if (!first.isEmpty() && ex.getCommandLine().getSubcommands().size() > 0) {
        return "unknown command \"" + first + "\" for \"" + ex.getCommandLine().getCommandSpec().qualifiedName() + "\"";
      }
    }
    return ex.getMessage();
  }

  /** Creates command objects with the context injected into their constructors. */
  private static final class ContextFactory implements CommandLine.IFactory {
    private final CliContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    ContextFactory(CliContext context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(CliContext.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return fallback.create(cls);
      }
    }
  }
}
