package dev.strata.diff;

import dev.strata.model.EnumType;
import dev.strata.model.Function;
import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import dev.strata.model.change.SchemaChange;
import dev.strata.model.change.TableChange;
import dev.strata.spi.DiffHooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares two schema models by name (atlas-compat.md §7.2): renames are never guessed, so a
 * renamed object is a drop and an add. The order of the changes is the order found; the {@link
 * dev.strata.plan.Planner} orders them by dependencies.
 */
public final class Differ {
  private Differ() {}

  /**
   * Returns the changes that turn {@code from} into {@code to}: schemas missing from {@code to}
   * are dropped, schemas in both are compared, new schemas are added with their objects.
   */
  public static List<SchemaChange> diff(Realm from, Realm to, DiffHooks hooks) {
    List<SchemaChange> out = new ArrayList<>();
    for (Schema s : from.schemas()) {
      if (to.schema(s.name()).isEmpty()) {
        out.add(new SchemaChange.DropSchema(s));
      }
    }
    for (Schema s : to.schemas()) {
      Schema old = from.schema(s.name()).orElse(null);
      if (old == null) {
        out.add(new SchemaChange.AddSchema(s));
        // AddSchema carries the schema's attributes: compare only its contents.
        out.addAll(contents(Schema.empty(s.name()), s, hooks, s.name()));
      } else {
        out.addAll(diffSchemas(old, s, hooks, s.name()));
      }
    }
    return out;
  }

  /**
   * Returns the changes that turn schema {@code from} into {@code to}, ignoring their names (a
   * schema-scoped comparison: the dev database's schema against the target's), with every change
   * placed in schema {@code as}.
   */
  public static List<SchemaChange> diffSchemas(Schema from, Schema to, DiffHooks hooks, String as) {
    List<SchemaChange> out = new ArrayList<>();
    if (!from.attrs().equals(to.attrs())) {
      out.add(new SchemaChange.ModifySchema(from, to));
    }
    out.addAll(contents(from, to, hooks, as));
    return out;
  }

  /** Returns the changes of the objects in the schemas, not of the schemas' own attributes. */
  private static List<SchemaChange> contents(Schema from, Schema to, DiffHooks hooks, String as) {
    List<SchemaChange> out = new ArrayList<>();
    // Look-ups by name through maps: schemas of thousands of tables stay linear.
    java.util.Map<String, Table> fromTables = byName(from.tables());
    java.util.Map<String, Table> toTables = byName(to.tables());
    // Drops first, in the order found; the planner reorders by dependencies anyway.
    for (Table t : from.tables()) {
      if (!toTables.containsKey(t.name())) {
        out.add(new SchemaChange.DropTable(as, t));
      }
    }
    for (Table t : to.tables()) {
      Table old = fromTables.get(t.name());
      if (old == null) {
        // Triggers are changes of their own: AddTable carries the table without them.
        out.add(new SchemaChange.AddTable(as, withoutTriggers(t)));
        for (Trigger tr : t.triggers()) {
          out.add(new SchemaChange.AddTrigger(as, t.name(), tr));
        }
        continue;
      }
      List<TableChange> changes = TableDiffer.diff(old, t, hooks);
      if (!changes.isEmpty()) {
        out.add(new SchemaChange.ModifyTable(as, old, t, changes));
      }
      triggers(old, t, hooks, as, out);
    }
    views(from, to, hooks, as, out);
    sequences(from, to, as, out);
    enums(from, to, as, out);
    functions(from, to, hooks, as, out);
    return out;
  }

  private static void triggers(Table from, Table to, DiffHooks hooks, String as, List<SchemaChange> out) {
    for (Trigger t : from.triggers()) {
      Trigger n = find(to.triggers(), t.name(), Trigger::name);
      if (n == null) {
        out.add(new SchemaChange.DropTrigger(as, from.name(), t));
      } else if (!hooks.sameTrigger(t, n)) {
        out.add(new SchemaChange.ModifyTrigger(as, to.name(), t, n));
      }
    }
    for (Trigger t : to.triggers()) {
      if (find(from.triggers(), t.name(), Trigger::name) == null) {
        out.add(new SchemaChange.AddTrigger(as, to.name(), t));
      }
    }
  }

  private static void views(Schema from, Schema to, DiffHooks hooks, String as, List<SchemaChange> out) {
    for (View v : from.views()) {
      View n = find(to.views(), v.name(), View::name);
      if (n == null) {
        out.add(new SchemaChange.DropView(as, v));
      } else if (!hooks.sameView(v, n)) {
        out.add(new SchemaChange.ModifyView(as, v, n));
      }
    }
    for (View v : to.views()) {
      if (find(from.views(), v.name(), View::name) == null) {
        out.add(new SchemaChange.AddView(as, v));
      }
    }
  }

  private static void sequences(Schema from, Schema to, String as, List<SchemaChange> out) {
    for (Sequence s : from.sequences()) {
      Sequence n = find(to.sequences(), s.name(), Sequence::name);
      if (n == null) {
        out.add(new SchemaChange.DropSequence(as, s));
      } else if (!s.equals(n)) {
        out.add(new SchemaChange.ModifySequence(as, s, n));
      }
    }
    for (Sequence s : to.sequences()) {
      if (find(from.sequences(), s.name(), Sequence::name) == null) {
        out.add(new SchemaChange.AddSequence(as, s));
      }
    }
  }

  private static void enums(Schema from, Schema to, String as, List<SchemaChange> out) {
    for (EnumType e : from.enums()) {
      EnumType n = find(to.enums(), e.name(), EnumType::name);
      if (n == null) {
        out.add(new SchemaChange.DropEnum(as, e));
      } else if (!e.values().equals(n.values())) {
        out.add(new SchemaChange.ModifyEnum(as, e, n));
      }
    }
    for (EnumType e : to.enums()) {
      if (find(from.enums(), e.name(), EnumType::name) == null) {
        out.add(new SchemaChange.AddEnum(as, e));
      }
    }
  }

  private static void functions(Schema from, Schema to, DiffHooks hooks, String as, List<SchemaChange> out) {
    for (Function f : from.functions()) {
      Function n = find(to.functions(), key(f), Differ::key);
      if (n == null) {
        out.add(new SchemaChange.DropFunction(as, f));
      } else if (!hooks.sameFunction(f, n)) {
        out.add(new SchemaChange.ModifyFunction(as, f, n));
      }
    }
    for (Function f : to.functions()) {
      if (find(from.functions(), key(f), Differ::key) == null) {
        out.add(new SchemaChange.AddFunction(as, f));
      }
    }
  }

  // Functions overload in PostgreSQL: the argument list is part of their identity.
  private static String key(Function f) {
    return f.name() + "(" + f.arguments() + ")";
  }

  private static java.util.Map<String, Table> byName(List<Table> tables) {
    java.util.Map<String, Table> m = new java.util.HashMap<>(tables.size() * 2);
    for (Table t : tables) {
      m.put(t.name(), t);
    }
    return m;
  }

  private static Table withoutTriggers(Table t) {
    return new Table(
        t.name(), t.columns(), t.primaryKey(), t.indexes(), t.foreignKeys(), t.checks(), List.of(),
        t.attrs());
  }

  static <T> T find(List<T> items, String name, java.util.function.Function<T, String> nameOf) {
    for (T t : items) {
      if (Objects.equals(nameOf.apply(t), name)) {
        return t;
      }
    }
    return null;
  }
}
