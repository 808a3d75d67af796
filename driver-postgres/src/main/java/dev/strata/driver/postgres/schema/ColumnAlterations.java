package dev.strata.driver.postgres.schema;

import static dev.strata.driver.postgres.schema.Identifiers.quote;

import dev.strata.model.Column;
import dev.strata.model.Identity;
import dev.strata.model.change.TableChange.ColumnChange;
import dev.strata.model.change.TableChange.ModifyColumn;
import dev.strata.plan.PlannedStatement;
import java.util.Objects;
import java.util.Set;

/**
 * The ALTER TABLE clauses of added and modified columns: {@code ALTER COLUMN ... TYPE ... USING},
 * {@code SET/DROP NOT NULL}, {@code SET/DROP DEFAULT}, identity and generation changes, and the
 * sequence statements a change to or from {@code serial} needs.
 */
final class ColumnAlterations {
  private ColumnAlterations() {}

  /** Adds the clause (and comment) of a new column. */
  static void add(AlterTableDdl d, Column c) {
    d.clauses.add("ADD COLUMN " + TableDdl.column(c));
    if (c.attrs().get("comment") != null) {
      d.comments.add(
          TableDdl.columnComment(
              d.schema(), d.tableName(), c.name(), c.attrs().get("comment"), d.names()));
    }
  }

  /** Adds the clauses of a modified column. */
  static void modify(AlterTableDdl d, ModifyColumn m) {
    Column from = m.from();
    Column to = m.to();
    Set<ColumnChange> kinds = m.kinds();
    String col = "ALTER COLUMN " + quote(to.name()) + " ";
    if (kinds.contains(ColumnChange.COMMENT)) {
      d.comments.add(
          TableDdl.columnComment(
              d.schema(), d.tableName(), to.name(), to.attrs().get("comment"), d.names()));
    }
    if (kinds.contains(ColumnChange.GENERATED)) {
      if (to.generated() != null) {
        // PostgreSQL cannot add or change a generation expression in place (before 17): the
        // column is recreated, and moves to the end of the table.
        d.clauses.add("DROP COLUMN " + quote(from.name()));
        d.clauses.add("ADD COLUMN " + TableDdl.column(to));
        return;
      }
      d.clauses.add(col + "DROP EXPRESSION");
    }
    boolean typeChanged = kinds.contains(ColumnChange.TYPE);
    boolean defaultDone = false;
    if (typeChanged) {
      defaultDone = type(d, col, from, to);
    } else if (kinds.contains(ColumnChange.COLLATE)) {
      d.clauses.add(col + "TYPE " + to.type().sql() + collate(to));
    }
    if (kinds.contains(ColumnChange.NULL)) {
      d.clauses.add(col + (to.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
    }
    if (!defaultDone
        && (kinds.contains(ColumnChange.DEFAULT) || typeChanged && from.defaultValue() != null)) {
      // A default that must change with the type goes first (DROP DEFAULT runs in the drop pass,
      // before the type changes) and comes back after it (SET DEFAULT runs in a later pass).
      if (typeChanged && from.defaultValue() != null) {
        d.clauses.add(col + "DROP DEFAULT");
      }
      if (to.defaultValue() != null) {
        d.clauses.add(col + "SET DEFAULT " + to.defaultValue().expr());
      } else if (!typeChanged || from.defaultValue() == null) {
        d.clauses.add(col + "DROP DEFAULT");
      }
    }
    if (kinds.contains(ColumnChange.IDENTITY)) {
      identity(d, col, from.identity(), to.identity());
    }
  }

  // Returns true when the default was handled too (serial changes own the default).
  private static boolean type(AlterTableDdl d, String col, Column from, Column to) {
    String fromBase = serialBase(from.type().sql());
    String toBase = serialBase(to.type().sql());
    String seq = Identifiers.serialSequence(d.tableName(), to.name());
    String seqName = d.names().of(d.schema(), seq);
    if (fromBase != null && toBase == null) {
      d.clauses.add(col + "DROP DEFAULT");
      if (!fromBase.equals(to.type().sql())) {
        d.clauses.add(col + "TYPE " + to.type().sql() + collate(to) + using(to));
      }
      if (to.defaultValue() != null) {
        d.clauses.add(col + "SET DEFAULT " + to.defaultValue().expr());
      }
      d.after.add(
          PlannedStatement.of(
              "DROP SEQUENCE IF EXISTS " + seqName,
              "Drop sequence used by serial column \"" + from.name() + "\""));
      return true;
    }
    if (fromBase == null && toBase != null) {
      d.before.add(
          PlannedStatement.of(
              "CREATE SEQUENCE IF NOT EXISTS "
                  + seqName
                  + " AS "
                  + toBase
                  + " OWNED BY "
                  + d.table()
                  + "."
                  + quote(to.name()),
              "Create sequence for serial column \"" + to.name() + "\""));
      d.clauses.add(col + "SET DEFAULT nextval(" + Identifiers.literal(seqName) + "::regclass)");
      if (!toBase.equals(from.type().sql())) {
        d.clauses.add(col + "TYPE " + toBase);
      }
      return true;
    }
    if (fromBase != null) {
      d.clauses.add(col + "TYPE " + toBase);
      d.after.add(
          PlannedStatement.of(
              "ALTER SEQUENCE " + seqName + " AS " + toBase,
              "Modify sequence used by serial column \"" + to.name() + "\""));
      return false;
    }
    d.clauses.add(col + "TYPE " + to.type().sql() + collate(to) + using(to));
    return false;
  }

  private static String using(Column to) {
    return " USING " + quote(to.name()) + "::" + to.type().sql();
  }

  private static String collate(Column c) {
    String collate = c.attrs().get("collate");
    return collate == null ? "" : " COLLATE " + quote(collate);
  }

  /** Returns the integer type behind a serial pseudo-type, or null for any other type. */
  static String serialBase(String type) {
    switch (type) {
      case "serial":
        return "integer";
      case "bigserial":
        return "bigint";
      case "smallserial":
        return "smallint";
      default:
        return null;
    }
  }

  private static void identity(AlterTableDdl d, String col, Identity from, Identity to) {
    if (to == null) {
      d.clauses.add(col + "DROP IDENTITY");
      return;
    }
    if (from == null) {
      d.clauses.add(col + "ADD " + TableDdl.identity(to));
      return;
    }
    StringBuilder b = new StringBuilder(col.strip());
    if (!Objects.equals(from.generation(), to.generation())) {
      b.append(" SET GENERATED ").append(to.generation());
    }
    if (from.start() != to.start()) {
      b.append(" SET START WITH ").append(to.start());
    }
    if (from.increment() != to.increment()) {
      b.append(" SET INCREMENT BY ").append(to.increment());
    }
    d.clauses.add(b.toString());
  }
}
