package dev.strata.driver.postgres.schema;

import static dev.strata.driver.postgres.schema.Identifiers.quote;

import dev.strata.driver.postgres.schema.SchemaParts.TableParts;
import dev.strata.model.Function;
import dev.strata.model.Index;
import dev.strata.model.Sequence;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the schema objects that are not tables: sequences, enum types, domains, functions and
 * aggregates, triggers, views and materialized views; one query each for all inspected schemas.
 * Definitions are stored with the object's own name unqualified and quoted, so that two schemas of
 * different names compare equal and the plan writer can qualify them as the plan needs.
 */
final class ObjectReader {
  /** Separates a materialized view's query from the CREATE INDEX statements of its indexes. */
  static final String VIEW_INDEX = "\n-- strata:index\n";

  /** The attribute key prefix of a domain in a schema's attributes. */
  static final String DOMAIN = "domain:";

  private ObjectReader() {}

  static void readSequences(CatalogQuery q, Array names, Map<String, SchemaParts> s)
      throws SQLException {
    q.each(
        "sequences.sql",
        names,
        rs -> {
          String table = rs.getString("owner_table");
          s.get(rs.getString("schema_name"))
              .sequences
              .add(
                  new Sequence(
                      rs.getString("sequence_name"),
                      rs.getString("data_type"),
                      rs.getLong("start_value"),
                      rs.getLong("increment"),
                      rs.getLong("min_value"),
                      rs.getLong("max_value"),
                      rs.getBoolean("cycle"),
                      table == null ? "" : table + "." + rs.getString("owner_column")));
        });
  }

  static void readEnums(CatalogQuery q, Array names, Map<String, SchemaParts> s)
      throws SQLException {
    q.each(
        "enums.sql",
        names,
        rs ->
            s.get(rs.getString("schema_name"))
                .enums
                .computeIfAbsent(rs.getString("type_name"), k -> new ArrayList<>())
                .add(rs.getString("label")));
  }

  /**
   * Reads domains into schema attributes {@code domain:<name>}: what follows CREATE DOMAIN name.
   */
  static void readDomains(CatalogQuery q, Array names, Map<String, SchemaParts> s)
      throws SQLException {
    q.each(
        "domains.sql",
        names,
        rs -> {
          StringBuilder b = new StringBuilder("AS ").append(rs.getString("base_type"));
          String collation = rs.getString("collation");
          if (collation != null) {
            b.append(" COLLATE ").append(quote(collation));
          }
          String def = rs.getString("default_expr");
          if (def != null) {
            b.append(" DEFAULT ").append(def);
          }
          if (rs.getBoolean("not_null")) {
            b.append(" NOT NULL");
          }
          for (String check : (String[]) rs.getArray("checks").getArray()) {
            b.append(' ').append(check);
          }
          s.get(rs.getString("schema_name"))
              .attrs
              .put(DOMAIN + rs.getString("domain_name"), b.toString());
        });
  }

  static void readFunctions(CatalogQuery q, Array names, Map<String, SchemaParts> s)
      throws SQLException {
    q.each(
        "functions.sql",
        names,
        rs -> {
          String name = rs.getString("function_name");
          String args = rs.getString("arguments");
          String def =
              rs.getString("kind").equals("a")
                  ? aggregate(rs, name, args)
                  : routine(rs.getString("definition"), rs.getString("qualified_name"), name);
          s.get(rs.getString("schema_name")).functions.add(new Function(name, args, def));
        });
  }

  // pg_get_functiondef always qualifies the name: "CREATE OR REPLACE FUNCTION public.f(".
  private static String routine(String definition, String qualified, String name) {
    String d = definition.stripTrailing();
    for (String kind : List.of("FUNCTION ", "PROCEDURE ")) {
      String head = "CREATE OR REPLACE " + kind + qualified + "(";
      if (d.startsWith(head)) {
        return "CREATE OR REPLACE " + kind + quote(name) + "(" + d.substring(head.length());
      }
    }
    return d;
  }

  private static String aggregate(ResultSet rs, String name, String args) throws SQLException {
    List<String> opts = new ArrayList<>();
    opts.add("SFUNC = " + rs.getString("agg_sfunc"));
    opts.add("STYPE = " + rs.getString("agg_stype"));
    addOption(opts, "FINALFUNC", rs.getString("agg_finalfunc"));
    addOption(opts, "COMBINEFUNC", rs.getString("agg_combinefunc"));
    String init = rs.getString("agg_initcond");
    if (init != null) {
      opts.add("INITCOND = " + Identifiers.literal(init));
    }
    String sortop = rs.getString("agg_sortop");
    if (sortop != null) {
      // regoperator prints "<(integer,integer)"; SORTOP takes the operator alone.
      opts.add("SORTOP = " + sortop.substring(0, sortop.indexOf('(')));
    }
    return "CREATE AGGREGATE "
        + quote(name)
        + "("
        + (args.isEmpty() ? "*" : args)
        + ") ("
        + String.join(", ", opts)
        + ")";
  }

  private static void addOption(List<String> opts, String key, String value) {
    if (value != null) {
      opts.add(key + " = " + value);
    }
  }

  static void readTriggers(CatalogQuery q, Array names, Map<String, SchemaParts> s)
      throws SQLException {
    q.each(
        "triggers.sql",
        names,
        rs -> {
          TableParts t = s.get(rs.getString("schema_name")).table(rs.getString("table_name"));
          if (t == null) {
            return;
          }
          // pg_get_triggerdef qualifies the table always: "... ON public.t FOR EACH ...".
          String def = rs.getString("definition");
          String on = " ON " + rs.getString("qualified_table") + " ";
          int at = def.indexOf(on);
          if (at >= 0) {
            def =
                def.substring(0, at)
                    + " ON "
                    + quote(t.name)
                    + " "
                    + def.substring(at + on.length());
          }
          t.triggers.add(new Trigger(rs.getString("trigger_name"), def));
        });
  }

  /** Reads views; call after the indexes, whose materialized-view part it appends. */
  static void readViews(CatalogQuery q, Array names, Map<String, SchemaParts> s)
      throws SQLException {
    q.each(
        "views.sql",
        names,
        rs -> {
          SchemaParts schema = s.get(rs.getString("schema_name"));
          String name = rs.getString("view_name");
          String def = rs.getString("definition").strip();
          if (def.endsWith(";")) {
            def = def.substring(0, def.length() - 1).stripTrailing();
          }
          String option = rs.getString("check_option");
          if (option != null) {
            def += "\n  WITH " + option.toUpperCase(Locale.ROOT) + " CHECK OPTION";
          }
          List<Index> indexes = schema.viewIndexes.getOrDefault(name, List.of());
          List<Index> sorted = new ArrayList<>(indexes);
          sorted.sort(java.util.Comparator.comparing(Index::name));
          for (Index i : sorted) {
            def += VIEW_INDEX + TableDdl.createIndexSql(quote(name), i);
          }
          schema.views.add(new View(name, def, rs.getBoolean("materialized")));
        });
  }
}
