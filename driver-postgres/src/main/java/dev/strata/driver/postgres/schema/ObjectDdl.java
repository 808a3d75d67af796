package dev.strata.driver.postgres.schema;

import static dev.strata.driver.postgres.schema.Identifiers.literal;
import static dev.strata.driver.postgres.schema.Identifiers.quote;

import dev.strata.model.EnumType;
import dev.strata.model.Function;
import dev.strata.model.Sequence;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import dev.strata.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The DDL of schema objects other than tables: views, sequences, enum types, routines, triggers.
 */
final class ObjectDdl {
  private ObjectDdl() {}

  static List<PlannedStatement> createView(String schema, View v, Names names) {
    String[] pieces = v.definition().split(ObjectReader.VIEW_INDEX, -1);
    String kind = v.materialized() ? "MATERIALIZED VIEW" : "VIEW";
    List<PlannedStatement> out = new ArrayList<>();
    out.add(
        PlannedStatement.of(
            "CREATE " + kind + " " + names.of(schema, v.name()) + " AS " + pieces[0],
            "Create \"" + v.name() + "\" " + kind.toLowerCase(java.util.Locale.ROOT)));
    for (int i = 1; i < pieces.length; i++) {
      String sql = names.requalify(pieces[i], " ON ", schema, v.name());
      String index = sql.substring(sql.indexOf("INDEX ") + "INDEX ".length(), sql.indexOf(" ON "));
      out.add(
          PlannedStatement.of(sql, "Create index " + index + " to table: \"" + v.name() + "\""));
    }
    return out;
  }

  static PlannedStatement dropView(String schema, View v, Names names) {
    return PlannedStatement.of(
        "DROP " + (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + names.of(schema, v.name()),
        "Drop \"" + v.name() + "\" " + (v.materialized() ? "materialized view" : "view"));
  }

  /** Returns CREATE OR REPLACE VIEW for a plain view, else a drop and a create. */
  static List<PlannedStatement> modifyView(String schema, View from, View to, Names names) {
    if (!from.materialized() && !to.materialized()) {
      return List.of(
          PlannedStatement.of(
              "CREATE OR REPLACE VIEW " + names.of(schema, to.name()) + " AS " + to.definition(),
              "Modify \"" + to.name() + "\" view"));
    }
    List<PlannedStatement> out = new ArrayList<>();
    out.add(dropView(schema, from, names));
    out.addAll(createView(schema, to, names));
    return out;
  }

  static PlannedStatement createSequence(String schema, Sequence s, Names names) {
    return PlannedStatement.of(
        "CREATE SEQUENCE "
            + names.of(schema, s.name())
            + " AS "
            + s.type()
            + " INCREMENT BY "
            + s.increment()
            + " MINVALUE "
            + s.min()
            + " MAXVALUE "
            + s.max()
            + " START WITH "
            + s.start()
            + (s.cycle() ? " CYCLE" : "")
            + ownedBy(schema, s, names),
        "Create \"" + s.name() + "\" sequence");
  }

  static PlannedStatement alterSequence(String schema, Sequence from, Sequence to, Names names) {
    StringBuilder b = new StringBuilder("ALTER SEQUENCE ").append(names.of(schema, to.name()));
    if (!from.type().equals(to.type())) {
      b.append(" AS ").append(to.type());
    }
    if (from.increment() != to.increment()) {
      b.append(" INCREMENT BY ").append(to.increment());
    }
    if (from.min() != to.min() || !from.type().equals(to.type())) {
      b.append(" MINVALUE ").append(to.min());
    }
    if (from.max() != to.max() || !from.type().equals(to.type())) {
      b.append(" MAXVALUE ").append(to.max());
    }
    if (from.start() != to.start()) {
      b.append(" START WITH ").append(to.start());
    }
    if (from.cycle() != to.cycle()) {
      b.append(to.cycle() ? " CYCLE" : " NO CYCLE");
    }
    if (!Objects.equals(from.ownedBy(), to.ownedBy())) {
      String owned = ownedBy(schema, to, names);
      b.append(owned.isEmpty() ? " OWNED BY NONE" : owned);
    }
    return PlannedStatement.of(b.toString(), "Modify \"" + to.name() + "\" sequence");
  }

  // ownedBy is "table.column"; the table is in the sequence's schema.
  private static String ownedBy(String schema, Sequence s, Names names) {
    String owner = s.ownedBy();
    int dot = owner == null ? -1 : owner.indexOf('.');
    if (dot < 0) {
      return "";
    }
    return " OWNED BY "
        + names.of(schema, owner.substring(0, dot))
        + "."
        + quote(owner.substring(dot + 1));
  }

  static PlannedStatement dropSequence(String schema, Sequence s, Names names) {
    return PlannedStatement.of(
        "DROP SEQUENCE " + names.of(schema, s.name()), "Drop \"" + s.name() + "\" sequence");
  }

  static PlannedStatement createEnum(String schema, EnumType e, Names names) {
    return PlannedStatement.of(
        "CREATE TYPE "
            + names.of(schema, e.name())
            + " AS ENUM ("
            + e.values().stream().map(Identifiers::literal).collect(Collectors.joining(", "))
            + ")",
        "Create enum type \"" + e.name() + "\"");
  }

  static PlannedStatement dropEnum(String schema, EnumType e, Names names) {
    return PlannedStatement.of(
        "DROP TYPE " + names.of(schema, e.name()), "Drop enum type \"" + e.name() + "\"");
  }

  /**
   * Returns ALTER TYPE ... ADD VALUE for each new label when the old labels keep their order in the
   * new list; else the statements that recreate the type ({@link EnumRecreation}).
   */
  static List<PlannedStatement> modifyEnum(String schema, EnumType from, EnumType to, Names names) {
    List<String> old = from.values();
    List<String> now = to.values();
    int at = 0;
    for (String v : now) {
      if (at < old.size() && old.get(at).equals(v)) {
        at++;
      } else if (old.contains(v)) {
        return EnumRecreation.write(schema, from, to, names);
      }
    }
    if (at != old.size()) {
      return EnumRecreation.write(schema, from, to, names);
    }
    List<PlannedStatement> out = new ArrayList<>();
    String name = names.of(schema, to.name());
    int seen = 0;
    for (int i = 0; i < now.size(); i++) {
      String v = now.get(i);
      if (old.contains(v)) {
        seen++;
        continue;
      }
      // Atlas's placement: before the first old label, after the previous label while old labels
      // are still to come, at the end after the last one.
      String sql = "ALTER TYPE " + name + " ADD VALUE " + literal(v);
      if (i == 0 && !old.isEmpty()) {
        sql += " BEFORE " + literal(old.get(0));
      } else if (i > 0 && seen != old.size()) {
        sql += " AFTER " + literal(now.get(i - 1));
      }
      out.add(PlannedStatement.of(sql, "Add value to enum type: \"" + to.name() + "\""));
    }
    return out;
  }

  /** Returns the kind of a routine definition: FUNCTION, PROCEDURE or AGGREGATE. */
  static String routineKind(Function f) {
    String d = f.definition();
    if (d.startsWith("CREATE AGGREGATE ")) {
      return "AGGREGATE";
    }
    return d.startsWith("CREATE OR REPLACE PROCEDURE ") ? "PROCEDURE" : "FUNCTION";
  }

  static PlannedStatement createFunction(String schema, Function f, Names names) {
    String kind = routineKind(f);
    return PlannedStatement.of(
        names.requalify(f.definition(), kind + " ", schema, f.name()),
        "Create \"" + f.name() + "\" " + kind.toLowerCase(java.util.Locale.ROOT));
  }

  static PlannedStatement dropFunction(String schema, Function f, Names names) {
    String kind = routineKind(f);
    return PlannedStatement.of(
        "DROP "
            + kind
            + " "
            + names.of(schema, f.name())
            + "("
            + (kind.equals("AGGREGATE") && f.arguments().isEmpty() ? "*" : f.arguments())
            + ")",
        "Drop \"" + f.name() + "\" " + kind.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Returns CREATE OR REPLACE when PostgreSQL can replace the routine in place (same kind, same
   * result type), else a drop and a create.
   */
  static List<PlannedStatement> modifyFunction(
      String schema, Function from, Function to, Names names) {
    String kind = routineKind(to);
    if (kind.equals(routineKind(from))
        && !kind.equals("AGGREGATE")
        && returns(from).equals(returns(to))) {
      PlannedStatement s = createFunction(schema, to, names);
      return List.of(
          PlannedStatement.of(
              s.sql(), "Modify \"" + to.name() + "\" " + kind.toLowerCase(java.util.Locale.ROOT)));
    }
    return List.of(dropFunction(schema, from, names), createFunction(schema, to, names));
  }

  // pg_get_functiondef prints the result type on a line of its own: " RETURNS integer".
  private static String returns(Function f) {
    for (String line : f.definition().split("\n")) {
      if (line.strip().startsWith("RETURNS ")) {
        return line.strip();
      }
    }
    return "";
  }

  static PlannedStatement createTrigger(String schema, String table, Trigger t, Names names) {
    return PlannedStatement.of(
        names.requalify(t.definition(), " ON ", schema, table),
        "Create trigger \"" + t.name() + "\"");
  }

  static PlannedStatement dropTrigger(String schema, String table, Trigger t, Names names) {
    return PlannedStatement.of(
        "DROP TRIGGER " + quote(t.name()) + " ON " + names.of(schema, table),
        "Drop trigger \"" + t.name() + "\"");
  }
}
