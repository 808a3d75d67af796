package dev.strata.driver.mysql.schema;

import dev.strata.model.Function;
import dev.strata.model.Sequence;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads the objects of one schema other than tables with at most five queries: views, routines,
 * routine parameters, triggers, and (MariaDB) the options of all sequences in one UNION query.
 * Routines and triggers are rebuilt as complete CREATE statements, without DEFINER, from the
 * catalog's columns; the body is kept as written.
 */
final class ObjectReader {
  private final CatalogQueries queries;

  ObjectReader(CatalogQueries queries) {
    this.queries = queries;
  }

  /** Returns the views of {@code schema} sorted by name, their queries free of the schema's name. */
  List<View> views(Connection c, String schema) throws SQLException {
    return queries.run(
        c,
        "views",
        schema,
        rs -> {
          String query = SqlText.stripQualifier(rs.getString("VIEW_DEFINITION"), schema);
          String option = rs.getString("CHECK_OPTION");
          if (option != null && !option.equals("NONE")) {
            query = query + " WITH " + option + " CHECK OPTION";
          }
          return new View(rs.getString("TABLE_NAME"), query, false);
        });
  }

  private record RoutineRow(
      String name, String type, String body, boolean deterministic, String access, String security,
      String comment) {}

  private record Param(String mode, String name, String type) {}

  /** Returns the functions and procedures of {@code schema} sorted by name, then kind. */
  List<Function> routines(Connection c, String schema) throws SQLException {
    List<RoutineRow> rows =
        queries.run(
            c,
            "routines",
            schema,
            rs ->
                new RoutineRow(
                    rs.getString("ROUTINE_NAME"),
                    rs.getString("ROUTINE_TYPE"),
                    rs.getString("ROUTINE_DEFINITION"),
                    "YES".equals(rs.getString("IS_DETERMINISTIC")),
                    rs.getString("SQL_DATA_ACCESS"),
                    rs.getString("SECURITY_TYPE"),
                    rs.getString("ROUTINE_COMMENT")));
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<Param>> params = new LinkedHashMap<>();
    queries.run(
        c,
        "parameters",
        schema,
        rs -> {
          String key = rs.getString("ROUTINE_TYPE") + " " + rs.getString("SPECIFIC_NAME");
          params
              .computeIfAbsent(key, k -> new ArrayList<>())
              .add(
                  new Param(
                      rs.getString("PARAMETER_MODE"),
                      rs.getString("PARAMETER_NAME"),
                      MysqlTypes.normalize(rs.getString("DTD_IDENTIFIER"))));
          return null;
        });
    List<Function> out = new ArrayList<>();
    for (RoutineRow r : rows) {
      out.add(routine(r, params.getOrDefault(r.type + " " + r.name, List.of())));
    }
    out.sort(Comparator.comparing(Function::name).thenComparing(Function::definition));
    return out;
  }

  private static Function routine(RoutineRow r, List<Param> params) {
    boolean function = r.type.equals("FUNCTION");
    StringJoiner args = new StringJoiner(", ");
    String returns = null;
    for (Param p : params) {
      if (p.name == null) {
        returns = p.type; // position 0: the function's return type
        continue;
      }
      String mode = function || p.mode == null ? "" : p.mode + " ";
      args.add(mode + SqlText.ident(p.name) + " " + p.type);
    }
    StringBuilder def = new StringBuilder("CREATE ").append(r.type).append(' ');
    def.append(SqlText.ident(r.name)).append('(').append(args).append(')');
    if (function && returns != null) {
      def.append(" RETURNS ").append(returns);
    }
    def.append('\n');
    if (r.comment != null && !r.comment.isEmpty()) {
      def.append("COMMENT ").append(SqlText.literal(r.comment)).append('\n');
    }
    if (r.deterministic) {
      def.append("DETERMINISTIC\n");
    }
    if (r.access != null && !r.access.equals("CONTAINS SQL")) {
      def.append(r.access).append('\n');
    }
    if ("INVOKER".equals(r.security)) {
      def.append("SQL SECURITY INVOKER\n");
    }
    def.append(r.body == null ? "" : r.body);
    return new Function(r.name, args.toString(), def.toString());
  }

  /**
   * Adds the triggers of {@code schema} to their tables' drafts; triggers of tables not in {@code
   * tables} are dropped.
   */
  void triggers(Connection c, String schema, Map<String, TableDraft> tables) throws SQLException {
    queries.run(
        c,
        "triggers",
        schema,
        rs -> {
          TableDraft t = tables.get(rs.getString("EVENT_OBJECT_TABLE"));
          if (t != null) {
            String name = rs.getString("TRIGGER_NAME");
            String def =
                "CREATE TRIGGER " + SqlText.ident(name) + " " + rs.getString("ACTION_TIMING") + " "
                    + rs.getString("EVENT_MANIPULATION") + " ON " + SqlText.ident(t.name)
                    + " FOR EACH ROW " + rs.getString("ACTION_STATEMENT");
            t.triggers.add(new Trigger(name, def));
          }
          return null;
        });
  }

  /**
   * Returns the MariaDB sequences {@code names} of {@code schema} with their options, read with
   * one UNION ALL query over the sequences themselves; empty when there are none.
   */
  List<Sequence> sequences(Connection c, String schema, List<String> names) throws SQLException {
    if (names.isEmpty()) {
      return List.of();
    }
    String template = queries.text("sequence-values");
    StringJoiner union = new StringJoiner("\nUNION ALL\n");
    for (String n : names) {
      union.add(
          template
              .replace("{name}", SqlText.literal(n))
              .replace("{table}", SqlText.ident(schema) + "." + SqlText.ident(n)));
    }
    List<Sequence> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(union.toString())) {
      while (rs.next()) {
        out.add(
            new Sequence(
                rs.getString("SEQUENCE_NAME"),
                "bigint",
                rs.getLong("start_value"),
                rs.getLong("increment"),
                rs.getLong("minimum_value"),
                rs.getLong("maximum_value"),
                rs.getInt("cycle_option") != 0,
                ""));
      }
    }
    out.sort(Comparator.comparing(Sequence::name));
    return out;
  }
}
