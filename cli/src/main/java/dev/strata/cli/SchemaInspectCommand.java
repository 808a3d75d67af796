package dev.strata.cli;

import dev.strata.cli.render.FormatTemplate;
import dev.strata.cli.render.Json;
import dev.strata.cli.render.PlanText;
import dev.strata.cli.render.RealmJson;
import dev.strata.devdb.StateLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strata schema inspect}: prints the schema of a database or of SQL files. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Inspect a database (or SQL schema files, through --dev-url) and print its schema.",
      "",
      "The output is SQL that creates the schema (Atlas's default is HCL, which Strata",
      "does not write yet); --format '{{ json . }}' prints JSON.",
      "",
      "Examples:",
      "  strata schema inspect -u \"postgres://user:pass@localhost:5432/db?search_path=public\"",
      "  strata schema inspect -u \"file://schema.sql\" --dev-url \"sqlite://dev?mode=memory\""
    })
public final class SchemaInspectCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = {"-u", "--url"}, paramLabel = "<url>", description = "The database (or file://) to inspect.")
  String url;

  @Option(names = "--dev-url", paramLabel = "<url>", description = "An empty database used to read SQL files.")
  String devUrl;

  @Option(names = {"-s", "--schema"}, split = ",", paramLabel = "<schema>", description = "Only these schemas.")
  List<String> schemas = new ArrayList<>();

  @Option(names = "--exclude", split = ",", paramLabel = "<glob>", description = "Leave out matching objects, e.g. 'users' or '*.tmp_*'.")
  List<String> exclude = new ArrayList<>();

  @Option(names = {"--format", "--log"}, paramLabel = "<template>", description = "'{{ sql . }}' (default) or '{{ json . }}'.")
  String format;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  public SchemaInspectCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Settings s = new Settings(context, spec, null, null, "schema.inspect");
    String target = s.value("url", url, null);
    if (target == null) {
      throw new dev.strata.error.StrataException(dev.strata.error.ErrorCode.USAGE, "required flag(s) \"url\" not set");
    }
    String template = format != null ? format : s.env().map(e -> e.formats().get("schema.inspect")).orElse(null);
    try (DevDatabases dev = new DevDatabases(s.value("dev", devUrl, null))) {
      StateLoader.State state =
          SchemaSupport.only(SchemaSupport.loader(context, dev).load(List.of(target), "url", exclude), schemas);
      if (template == null || template.replace(" ", "").startsWith("{{sql.")) {
        context.out().print(PlanText.of(SchemaSupport.creation(state, indent(template))));
      } else if (template.replace(" ", "").equals("{{json.}}")) {
        context.out().println(Json.write(RealmJson.of(state.realm())));
      } else {
        context.out().println(FormatTemplate.parse(template).render(RealmJson.of(state.realm())));
      }
    }
    context.out().flush();
    return 0;
  }

  // {{ sql . "  " }} sets the indentation of CREATE TABLE bodies; Atlas indents by two spaces.
  private static String indent(String template) {
    if (template == null) {
      return "  ";
    }
    int q = template.indexOf('"');
    int end = q < 0 ? -1 : template.indexOf('"', q + 1);
    return end > q ? template.substring(q + 1, end) : "  ";
  }
}
