package dev.strata.driver.postgres.schema;

import static dev.strata.driver.postgres.schema.Identifiers.quote;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Table;
import dev.strata.model.change.SchemaChange.ModifyTable;
import dev.strata.model.change.TableChange;
import dev.strata.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a {@link ModifyTable} as Atlas does for PostgreSQL: DROP INDEX statements, then one
 * {@code ALTER TABLE} whose clauses drop constraints first (PostgreSQL runs the clauses in passes,
 * so one statement can drop, alter, add), then CREATE INDEX statements and comments. Column
 * alterations are {@link ColumnAlterations}' job.
 */
final class AlterTableDdl {
  private final String schema;
  private final ModifyTable change;
  private final Names names;
  private final String table;
  final List<PlannedStatement> before = new ArrayList<>();
  final List<PlannedStatement> after = new ArrayList<>();
  final List<PlannedStatement> comments = new ArrayList<>();
  final List<String> drops = new ArrayList<>();
  final List<String> clauses = new ArrayList<>();
  private final List<PlannedStatement> dropIndexes = new ArrayList<>();
  private final List<PlannedStatement> createIndexes = new ArrayList<>();

  private AlterTableDdl(ModifyTable change, Names names) {
    this.schema = change.schema();
    this.change = change;
    this.names = names;
    this.table = names.of(schema, change.to().name());
  }

  /** Returns the statements that carry out {@code change}, in order. */
  static List<PlannedStatement> write(ModifyTable change, Names names) {
    AlterTableDdl d = new AlterTableDdl(change, names);
    for (TableChange c : change.changes()) {
      d.add(c);
    }
    return d.statements();
  }

  /** Returns the name of the changed table as the plan writes it. */
  String table() {
    return table;
  }

  /** Returns the name of the changed table's schema in the model. */
  String schema() {
    return schema;
  }

  /** Returns the plan's naming. */
  Names names() {
    return names;
  }

  /** Returns the changed table's name in the model. */
  String tableName() {
    return change.to().name();
  }

  private void add(TableChange c) {
    if (inherited(c)) {
      return;
    }
    if (c instanceof TableChange.AddColumn) {
      ColumnAlterations.add(this, ((TableChange.AddColumn) c).column());
    } else if (c instanceof TableChange.DropColumn) {
      clauses.add("DROP COLUMN " + quote(((TableChange.DropColumn) c).column().name()));
    } else if (c instanceof TableChange.ModifyColumn) {
      ColumnAlterations.modify(this, (TableChange.ModifyColumn) c);
    } else if (c instanceof TableChange.AddIndex) {
      addIndex(((TableChange.AddIndex) c).index());
    } else if (c instanceof TableChange.DropIndex) {
      dropIndex(((TableChange.DropIndex) c).index());
    } else if (c instanceof TableChange.ModifyIndex) {
      dropIndex(((TableChange.ModifyIndex) c).from());
      addIndex(((TableChange.ModifyIndex) c).to());
    } else if (c instanceof TableChange.AddPrimaryKey) {
      clauses.add("ADD " + TableDdl.primaryKey(tableName(), ((TableChange.AddPrimaryKey) c).key()));
    } else if (c instanceof TableChange.DropPrimaryKey) {
      dropPrimaryKey(((TableChange.DropPrimaryKey) c).key());
    } else if (c instanceof TableChange.ModifyPrimaryKey) {
      dropPrimaryKey(((TableChange.ModifyPrimaryKey) c).from());
      clauses.add(
          "ADD " + TableDdl.primaryKey(tableName(), ((TableChange.ModifyPrimaryKey) c).to()));
    } else if (c instanceof TableChange.AddForeignKey) {
      clauses.add(
          "ADD " + TableDdl.foreignKey(schema, ((TableChange.AddForeignKey) c).key(), names));
    } else if (c instanceof TableChange.DropForeignKey) {
      drops.add(dropConstraint(((TableChange.DropForeignKey) c).key().name()));
    } else if (c instanceof TableChange.ModifyForeignKey) {
      TableChange.ModifyForeignKey k = (TableChange.ModifyForeignKey) c;
      drops.add(dropConstraint(k.from().name()));
      clauses.add("ADD " + TableDdl.foreignKey(schema, k.to(), names));
    } else if (c instanceof TableChange.AddCheck) {
      clauses.add("ADD " + TableDdl.check(((TableChange.AddCheck) c).check()));
    } else if (c instanceof TableChange.DropCheck) {
      drops.add(dropConstraint(((TableChange.DropCheck) c).check().name()));
    } else if (c instanceof TableChange.ModifyCheck) {
      TableChange.ModifyCheck k = (TableChange.ModifyCheck) c;
      drops.add(dropConstraint(k.from().name()));
      clauses.add("ADD " + TableDdl.check(k.to()));
    } else if (c instanceof TableChange.ModifyAttr) {
      attr((TableChange.ModifyAttr) c);
    } else {
      throw new StrataException(ErrorCode.INTERNAL, "postgres: unexpected table change " + c);
    }
  }

  /**
   * Returns true for a column change of a partition that its parent's ALTER TABLE makes already: a
   * partition's columns are its parent's, so adding, dropping or retyping them there recurses, and
   * PostgreSQL refuses to do it on the partition itself. Defaults, NOT NULL and comments stay (the
   * parent's SET applies to them again, harmlessly, and a partition may differ).
   */
  private boolean inherited(TableChange c) {
    String parent = change.to().attrs().get("partition_of");
    if (parent == null || !parent.equals(change.from().attrs().get("partition_of"))) {
      return false;
    }
    if (c instanceof TableChange.AddColumn || c instanceof TableChange.DropColumn) {
      return true;
    }
    if (c instanceof TableChange.ModifyColumn) {
      TableChange.ModifyColumn m = (TableChange.ModifyColumn) c;
      java.util.Set<TableChange.ColumnChange> own =
          java.util.EnumSet.noneOf(TableChange.ColumnChange.class);
      own.addAll(m.kinds());
      own.removeAll(
          java.util.List.of(
              TableChange.ColumnChange.TYPE,
              TableChange.ColumnChange.COLLATE,
              TableChange.ColumnChange.GENERATED,
              TableChange.ColumnChange.IDENTITY));
      if (own.size() != m.kinds().size()) {
        if (!own.isEmpty()) {
          ColumnAlterations.modify(this, new TableChange.ModifyColumn(m.from(), m.to(), own));
        }
        return true;
      }
    }
    return false;
  }

  private void addIndex(Index i) {
    if (i.constraint()) {
      clauses.add("ADD " + TableDdl.unique(i));
    } else {
      createIndexes.add(TableDdl.createIndex(schema, tableName(), i, names));
    }
  }

  private void dropIndex(Index i) {
    if (i.constraint()) {
      drops.add(dropConstraint(i.name()));
    } else {
      dropIndexes.add(
          PlannedStatement.of(
              "DROP INDEX " + names.of(schema, i.name()),
              "Drop index \"" + i.name() + "\" from table: \"" + tableName() + "\""));
    }
  }

  private void dropPrimaryKey(PrimaryKey pk) {
    String name =
        pk.name() == null || pk.name().isEmpty() ? Identifiers.primaryKey(tableName()) : pk.name();
    drops.add(dropConstraint(name));
  }

  private static String dropConstraint(String name) {
    return "DROP CONSTRAINT " + quote(name);
  }

  private boolean partitionDone;

  private void attr(TableChange.ModifyAttr a) {
    switch (a.key()) {
      case "comment":
        comments.add(TableDdl.tableComment(schema, tableName(), a.to(), names));
        break;
      case "partition_of":
      case "partition_bound":
        partition();
        break;
      case "partition_by":
        throw new StrataException(
            ErrorCode.INTERNAL,
            "postgres: changing the partition key of table \""
                + tableName()
                + "\" needs the table to be recreated");
      default:
        // Attributes PostgreSQL has no DDL for are informational.
        break;
    }
  }

  // Detaches the table from its old parent and attaches it to the new one, once for both
  // attributes.
  private void partition() {
    if (partitionDone) {
      return;
    }
    partitionDone = true;
    Table from = change.from();
    Table to = change.to();
    String oldParent = from.attrs().get("partition_of");
    String newParent = to.attrs().get("partition_of");
    if (oldParent != null) {
      before.add(
          PlannedStatement.of(
              "ALTER TABLE "
                  + TableDdl.partitionParent(schema, oldParent, names)
                  + " DETACH PARTITION "
                  + table,
              "Modify \"" + tableName() + "\" table"));
    }
    if (newParent != null) {
      after.add(
          PlannedStatement.of(
              "ALTER TABLE "
                  + TableDdl.partitionParent(schema, newParent, names)
                  + " ATTACH PARTITION "
                  + table
                  + " "
                  + Objects.requireNonNull(to.attrs().get("partition_bound"), "partition_bound"),
              "Modify \"" + tableName() + "\" table"));
    }
  }

  private List<PlannedStatement> statements() {
    List<PlannedStatement> out = new ArrayList<>(dropIndexes);
    out.addAll(before);
    List<String> all = new ArrayList<>(drops);
    all.addAll(clauses);
    if (!all.isEmpty()) {
      out.add(
          PlannedStatement.of(
              "ALTER TABLE " + table + " " + String.join(", ", all),
              "Modify \"" + tableName() + "\" table"));
    }
    out.addAll(after);
    out.addAll(createIndexes);
    out.addAll(comments);
    return out;
  }
}
