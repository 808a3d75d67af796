package dev.strata.model.change;

import dev.strata.model.EnumType;
import dev.strata.model.Function;
import dev.strata.model.Schema;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import java.util.List;

/**
 * One change between two realms, as the differ finds it (atlas-compat.md §7.2). Sealed, with one
 * non-sealed escape ({@link DialectChange}) for objects only one dialect knows; dispatch through
 * {@link ChangeVisitor} so that a new change kind breaks every plan writer at compile time.
 * The records are grouped in this file because each is a one-line value.
 */
public sealed interface SchemaChange {
  /** Returns the result of the visitor's method for this kind of change. */
  <R> R accept(ChangeVisitor<R> v);

  /** Returns the schema the change happens in. */
  String schema();

  record AddSchema(Schema added) implements SchemaChange {
    public String schema() {
      return added.name();
    }

    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record DropSchema(Schema dropped) implements SchemaChange {
    public String schema() {
      return dropped.name();
    }

    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  /** Schema attributes (charset, collation, comment) changed. */
  record ModifySchema(Schema from, Schema to) implements SchemaChange {
    public String schema() {
      return to.name();
    }

    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record AddTable(String schema, Table table) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record DropTable(String schema, Table table) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  /** A table whose parts changed; {@code changes} is never empty. */
  record ModifyTable(String schema, Table from, Table to, List<TableChange> changes)
      implements SchemaChange {
    public ModifyTable {
      changes = List.copyOf(changes);
    }

    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record AddView(String schema, View view) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record DropView(String schema, View view) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record ModifyView(String schema, View from, View to) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record AddSequence(String schema, Sequence sequence) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record DropSequence(String schema, Sequence sequence) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record ModifySequence(String schema, Sequence from, Sequence to) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record AddEnum(String schema, EnumType type) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record DropEnum(String schema, EnumType type) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  /** Enum labels changed; a plan writer adds values in place or recreates the type. */
  record ModifyEnum(String schema, EnumType from, EnumType to) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record AddFunction(String schema, Function function) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record DropFunction(String schema, Function function) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record ModifyFunction(String schema, Function from, Function to) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record AddTrigger(String schema, String table, Trigger trigger) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record DropTrigger(String schema, String table, Trigger trigger) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  record ModifyTrigger(String schema, String table, Trigger from, Trigger to) implements SchemaChange {
    public <R> R accept(ChangeVisitor<R> v) {
      return v.visit(this);
    }
  }

  /** The escape for a change only one dialect knows; its plan writer handles it. */
  non-sealed interface DialectChange extends SchemaChange {
    @Override
    default <R> R accept(ChangeVisitor<R> v) {
      return v.visitDialect(this);
    }
  }
}
