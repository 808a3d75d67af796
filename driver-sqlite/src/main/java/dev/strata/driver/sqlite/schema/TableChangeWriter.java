package dev.strata.driver.sqlite.schema;

import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.change.SchemaChange.ModifyTable;
import dev.strata.model.change.TableChange;
import dev.strata.model.change.TableChange.AddColumn;
import dev.strata.model.change.TableChange.AddIndex;
import dev.strata.model.change.TableChange.ColumnChange;
import dev.strata.model.change.TableChange.DropColumn;
import dev.strata.model.change.TableChange.DropIndex;
import dev.strata.model.change.TableChange.ModifyColumn;
import dev.strata.model.change.TableChange.ModifyIndex;
import dev.strata.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders a changed table. SQLite's ALTER TABLE can add a column (not part of a key, with a
 * constant default, not STORED), drop a column nothing else uses, and indexes are created and
 * dropped on their own; a table whose changes are all of that kind is altered in place. Anything
 * else rebuilds the table in Atlas's sequence (sqlite.org/lang_altertable.html, "other kinds of
 * table schema changes"): create {@code new_t}, copy the rows, drop {@code t}, rename {@code new_t}
 * to {@code t}, create its indexes and triggers again; all with foreign keys off.
 */
final class TableChangeWriter {
  static final String FK_OFF = "PRAGMA foreign_keys = off";
  static final String FK_ON = "PRAGMA foreign_keys = on";
  static final String FK_OFF_COMMENT = "Disable the enforcement of foreign-keys constraints";
  static final String FK_ON_COMMENT = "Enable back the enforcement of foreign-keys constraints";
  private static final PlannedStatement LEGACY_ON =
      PlannedStatement.of(
          "PRAGMA legacy_alter_table = on", "Leave views and triggers unchecked while the table changes");
  private static final PlannedStatement LEGACY_OFF =
      PlannedStatement.of("PRAGMA legacy_alter_table = off", "Check views and triggers again");

  private final SqliteDdl ddl;

  TableChangeWriter(SqliteDdl ddl) {
    this.ddl = ddl;
  }

  /** Returns the statements that turn {@code m.from()} into {@code m.to()}. */
  List<PlannedStatement> write(ModifyTable m) {
    return alterable(m) ? alter(m) : rebuild(m);
  }

  /** Returns the PRAGMA that turns foreign keys off; it is a no-op inside a transaction. */
  static PlannedStatement foreignKeysOff() {
    return new PlannedStatement(FK_OFF, FK_OFF_COMMENT, false);
  }

  /** Returns the PRAGMA that turns foreign keys back on; it is a no-op inside a transaction. */
  static PlannedStatement foreignKeysOn() {
    return new PlannedStatement(FK_ON, FK_ON_COMMENT, false);
  }

  // Index changes first (a dropped column may be indexed), then columns, then new indexes.
  private List<PlannedStatement> alter(ModifyTable m) {
    String t = m.to().name();
    List<PlannedStatement> out = new ArrayList<>();
    List<PlannedStatement> creates = new ArrayList<>();
    for (TableChange c : m.changes()) {
      if (c instanceof DropIndex) {
        out.add(dropIndex(((DropIndex) c).index(), t));
      } else if (c instanceof ModifyIndex) {
        out.add(dropIndex(((ModifyIndex) c).from(), t));
        creates.add(createIndex(((ModifyIndex) c).to(), t));
      } else if (c instanceof AddIndex) {
        creates.add(createIndex(((AddIndex) c).index(), t));
      }
    }
    for (TableChange c : m.changes()) {
      if (c instanceof DropColumn) {
        String col = ((DropColumn) c).column().name();
        // Legacy mode: views and triggers of other objects are not re-checked, so a view the plan
        // changes later may still name the column at this point.
        out.add(LEGACY_ON);
        out.add(
            PlannedStatement.of(
                "ALTER TABLE " + ddl.name(t) + " DROP COLUMN " + SqliteSyntax.quote(col),
                "Drop column " + SqliteSyntax.commentName(col) + " from table: " + SqliteSyntax.commentName(t)));
        out.add(LEGACY_OFF);
      }
    }
    for (TableChange c : m.changes()) {
      if (c instanceof AddColumn) {
        Column col = ((AddColumn) c).column();
        out.add(
            PlannedStatement.of(
                "ALTER TABLE " + ddl.name(t) + " ADD COLUMN " + ddl.column(col, false),
                "Add column " + SqliteSyntax.commentName(col.name()) + " to table: " + SqliteSyntax.commentName(t)));
      }
    }
    out.addAll(creates);
    return out;
  }

  private List<PlannedStatement> rebuild(ModifyTable m) {
    Table to = m.to();
    String t = to.name();
    String tmp = "new_" + t;
    List<PlannedStatement> out = new ArrayList<>();
    out.add(foreignKeysOff());
    out.add(PlannedStatement.of(ddl.createTable(to, tmp), "Create " + SqliteSyntax.commentName(tmp) + " table"));
    List<String> into = new ArrayList<>();
    List<String> select = new ArrayList<>();
    copiedColumns(m, into, select);
    if (!into.isEmpty()) {
      out.add(
          PlannedStatement.of(
              "INSERT INTO " + ddl.name(tmp) + " (" + String.join(", ", into) + ") SELECT "
                  + String.join(", ", select) + " FROM " + ddl.name(m.from().name()),
              "Copy rows from old table " + SqliteSyntax.commentName(m.from().name())
                  + " to new temporary table " + SqliteSyntax.commentName(tmp)));
    }
    out.add(
        PlannedStatement.of(
            "DROP TABLE " + ddl.name(m.from().name()),
            "Drop " + SqliteSyntax.commentName(m.from().name()) + " table "
                + (into.isEmpty() ? "without copying rows (no columns)" : "after copying rows")));
    // Legacy mode: views and triggers that name the table keep their text and are not re-checked
    // while it is missing (without it, SQLite refuses the rename: "error in view v: no such table").
    out.add(LEGACY_ON);
    out.add(
        PlannedStatement.of(
            "ALTER TABLE " + ddl.name(tmp) + " RENAME TO " + SqliteSyntax.quote(t),
            "Rename temporary table " + SqliteSyntax.commentName(tmp) + " to " + SqliteSyntax.commentName(t)));
    out.add(LEGACY_OFF);
    for (Index i : to.indexes()) {
      if (!i.constraint()) {
        out.add(createIndex(i, t));
      }
    }
    // DROP TABLE took the triggers along. Those the differ leaves alone come back as they were;
    // changed ones come back in their old form too, so that the ModifyTrigger planned after this
    // finds something to replace; dropped and added ones are the differ's changes of their own.
    for (Trigger tr : m.from().triggers()) {
      if (to.triggers().stream().anyMatch(n -> n.name().equals(tr.name()))) {
        out.add(PlannedStatement.of(tr.definition(), "Create trigger " + SqliteSyntax.commentName(tr.name())));
      }
    }
    out.add(foreignKeysOn());
    return out;
  }

  // Columns added by the change start empty (or with their default); generated ones compute
  // themselves. A column made NOT NULL with a default gets the default where it held NULL.
  private static void copiedColumns(ModifyTable m, List<String> into, List<String> select) {
    for (Column c : m.to().columns()) {
      if (c.generated() != null) {
        continue;
      }
      Column old = m.from().column(c.name()).orElse(null);
      if (old == null) {
        continue;
      }
      String q = SqliteSyntax.quote(c.name());
      into.add(q);
      ModifyColumn mc = modification(m, c.name());
      if (mc != null && mc.kinds().contains(ColumnChange.NULL) && !c.nullable() && c.defaultValue() != null) {
        select.add("IFNULL(" + q + ", " + SqliteDdl.defaultValue(c.defaultValue().expr()) + ") AS " + q);
      } else {
        select.add(q);
      }
    }
  }

  private static ModifyColumn modification(ModifyTable m, String column) {
    for (TableChange c : m.changes()) {
      if (c instanceof ModifyColumn && ((ModifyColumn) c).to().name().equals(column)) {
        return (ModifyColumn) c;
      }
    }
    return null;
  }

  private PlannedStatement createIndex(Index i, String table) {
    return PlannedStatement.of(
        ddl.createIndex(i, table),
        "Create index " + SqliteSyntax.commentName(i.name()) + " to table: " + SqliteSyntax.commentName(table));
  }

  private PlannedStatement dropIndex(Index i, String table) {
    return PlannedStatement.of(
        "DROP INDEX " + ddl.name(i.name()),
        "Drop index " + SqliteSyntax.commentName(i.name()) + " from table: " + SqliteSyntax.commentName(table));
  }

  /** Returns true when every change can be made by ALTER TABLE, CREATE INDEX or DROP INDEX. */
  static boolean alterable(ModifyTable m) {
    Set<String> dropped = new HashSet<>();
    List<String> added = new ArrayList<>();
    for (TableChange c : m.changes()) {
      if (c instanceof AddIndex) {
        if (((AddIndex) c).index().constraint()) {
          return false;
        }
      } else if (c instanceof DropIndex) {
        if (((DropIndex) c).index().constraint()) {
          return false;
        }
      } else if (c instanceof ModifyIndex) {
        if (((ModifyIndex) c).from().constraint() || ((ModifyIndex) c).to().constraint()) {
          return false;
        }
      } else if (c instanceof AddColumn) {
        if (!addable(((AddColumn) c).column(), m.to())) {
          return false;
        }
        added.add(((AddColumn) c).column().name());
      } else if (c instanceof DropColumn) {
        if (!droppable(((DropColumn) c).column(), m.from())) {
          return false;
        }
        dropped.add(((DropColumn) c).column().name());
      } else {
        return false;
      }
    }
    // ADD COLUMN appends: the new columns must come last, and the others keep their order.
    List<String> expected = new ArrayList<>();
    for (Column c : m.from().columns()) {
      if (!dropped.contains(c.name())) {
        expected.add(c.name());
      }
    }
    expected.addAll(added);
    List<String> actual = new ArrayList<>();
    m.to().columns().forEach(c -> actual.add(c.name()));
    return expected.equals(actual);
  }

  // sqlite.org/lang_altertable.html#altertabaddcol
  private static boolean addable(Column c, Table to) {
    if (c.identity() != null || c.generated() != null && c.generated().stored() || inKey(c, to)) {
      return false;
    }
    if (c.defaultValue() == null) {
      return c.nullable();
    }
    String expr = c.defaultValue().expr();
    return SqliteSyntax.constantDefault(expr) && (c.nullable() || !expr.equalsIgnoreCase("NULL"));
  }

  // sqlite.org/lang_altertable.html#altertabdropcol; text matches are conservative on purpose.
  private static boolean droppable(Column c, Table from) {
    if (from.columns().size() < 2 || inKey(c, from)) {
      return false;
    }
    String name = c.name();
    if (from.foreignKeys().stream().anyMatch(k -> k.columns().stream().anyMatch(name::equalsIgnoreCase))) {
      return false;
    }
    for (Check k : from.checks()) {
      if (SqliteSyntax.mentions(k.expr(), name)) {
        return false;
      }
    }
    for (Column o : from.columns()) {
      if (o != c && o.generated() != null && SqliteSyntax.mentions(o.generated().expr(), name)) {
        return false;
      }
    }
    for (Index i : from.indexes()) {
      if (i.constraint() && i.parts().stream().anyMatch(p -> name.equalsIgnoreCase(p.column()))) {
        return false;
      }
    }
    for (Trigger t : from.triggers()) {
      if (SqliteSyntax.mentions(t.definition(), name)) {
        return false;
      }
    }
    return true;
  }

  private static boolean inKey(Column c, Table t) {
    if (t.primaryKey() == null) {
      return false;
    }
    for (IndexPart p : t.primaryKey().parts()) {
      if (c.name().equalsIgnoreCase(p.column())) {
        return true;
      }
    }
    return false;
  }
}
