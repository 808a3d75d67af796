package dev.strata.cli;

import dev.strata.error.StrataException;
import picocli.CommandLine;

/**
 * Builds the command tree and maps every failure to Atlas's convention: {@code Error: <message>}
 * on stderr and exit code 1, without the usage text.
 */
final class CommandTree {
  private CommandTree() {}

  static CommandLine build(CliContext context) {
    CommandLine.IFactory factory = new ContextFactory(context);
    CommandLine cli = new CommandLine(new StrataCommand(), factory);
    cli.setOut(context.out());
    cli.setErr(context.err());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (ex, args) -> {
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
