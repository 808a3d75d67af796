package dev.strata.plan;

import dev.strata.model.ForeignKey;
import dev.strata.model.Table;
import dev.strata.model.change.SchemaChange;
import dev.strata.model.change.TableChange;
import dev.strata.spi.PlanWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders schema changes by their dependencies and renders them with the dialect's writer:
 *
 * <ol>
 *   <li>schemas dropped; foreign keys dropped (so that what they reference can go);
 *   <li>triggers, views, functions and tables dropped (referencing tables before referenced);
 *   <li>schemas, enum types and sequences created or changed;
 *   <li>tables created, referenced before referencing (foreign keys in a cycle are added later);
 *   <li>tables changed; then foreign keys added;
 *   <li>enum types and sequences dropped (no column uses them any more);
 *   <li>functions created or changed (views and triggers may call them);
 *   <li>views and triggers created or changed.
 * </ol>
 */
public final class Planner {
  private Planner() {}

  /** Returns the statements of the plan, in execution order; empty when there is no change. */
  public static List<PlannedStatement> plan(
      List<SchemaChange> changes, PlanWriter writer, PlanOptions options) {
    List<PlannedStatement> out = new ArrayList<>();
    for (SchemaChange c : order(changes, writer.altersForeignKeys())) {
      out.addAll(writer.write(c, options));
    }
    return out;
  }

  /** Returns the changes in dependency order (see the class comment). */
  public static List<SchemaChange> order(List<SchemaChange> changes, boolean splitForeignKeys) {
    Phases p = new Phases();
    List<SchemaChange.AddTable> addTables = new ArrayList<>();
    List<SchemaChange.DropTable> dropTables = new ArrayList<>();
    for (SchemaChange c : changes) {
      if (c instanceof SchemaChange.DropSchema) {
        p.dropSchemas.add(c);
      } else if (c instanceof SchemaChange.DropTrigger || c instanceof SchemaChange.DropView
          || c instanceof SchemaChange.DropFunction) {
        p.drops.add(c);
      } else if (c instanceof SchemaChange.DropTable) {
        dropTables.add((SchemaChange.DropTable) c);
      } else if (c instanceof SchemaChange.AddSchema || c instanceof SchemaChange.ModifySchema
          || c instanceof SchemaChange.AddEnum || c instanceof SchemaChange.ModifyEnum
          || c instanceof SchemaChange.AddSequence || c instanceof SchemaChange.ModifySequence) {
        p.types.add(c);
      } else if (c instanceof SchemaChange.AddTable) {
        addTables.add((SchemaChange.AddTable) c);
      } else if (c instanceof SchemaChange.ModifyTable) {
        split((SchemaChange.ModifyTable) c, splitForeignKeys, p);
      } else if (c instanceof SchemaChange.DropEnum || c instanceof SchemaChange.DropSequence) {
        p.lateDrops.add(c);
      } else if (c instanceof SchemaChange.AddFunction || c instanceof SchemaChange.ModifyFunction) {
        p.functions.add(c);
      } else {
        p.creates.add(c);
      }
    }
    p.drops.addAll(TableOrder.forDrop(dropTables));
    TableOrder.forCreate(addTables, splitForeignKeys, p.tables, p.fkAdds);
    List<SchemaChange> out = new ArrayList<>();
    out.addAll(p.dropSchemas);
    out.addAll(p.fkDrops);
    out.addAll(p.drops);
    out.addAll(p.types);
    out.addAll(p.tables);
    out.addAll(p.modifies);
    out.addAll(p.fkAdds);
    out.addAll(p.lateDrops);
    out.addAll(p.functions);
    out.addAll(ViewOrder.sort(p.creates));
    return out;
  }

  private static void split(SchemaChange.ModifyTable m, boolean splitForeignKeys, Phases p) {
    if (!splitForeignKeys) {
      p.modifies.add(m);
      return;
    }
    List<TableChange> drops = new ArrayList<>();
    List<TableChange> adds = new ArrayList<>();
    List<TableChange> rest = new ArrayList<>();
    for (TableChange c : m.changes()) {
      if (c instanceof TableChange.DropForeignKey) {
        drops.add(c);
      } else if (c instanceof TableChange.AddForeignKey) {
        adds.add(c);
      } else if (c instanceof TableChange.ModifyForeignKey) {
        TableChange.ModifyForeignKey k = (TableChange.ModifyForeignKey) c;
        drops.add(new TableChange.DropForeignKey(k.from()));
        adds.add(new TableChange.AddForeignKey(k.to()));
      } else {
        rest.add(c);
      }
    }
    if (!drops.isEmpty()) {
      p.fkDrops.add(new SchemaChange.ModifyTable(m.schema(), m.from(), m.to(), drops));
    }
    if (!rest.isEmpty()) {
      p.modifies.add(new SchemaChange.ModifyTable(m.schema(), m.from(), m.to(), rest));
    }
    if (!adds.isEmpty()) {
      p.fkAdds.add(new SchemaChange.ModifyTable(m.schema(), m.from(), m.to(), adds));
    }
  }

  /** The buckets, in the order they run. */
  private static final class Phases {
    final List<SchemaChange> dropSchemas = new ArrayList<>();
    final List<SchemaChange> fkDrops = new ArrayList<>();
    final List<SchemaChange> drops = new ArrayList<>();
    final List<SchemaChange> types = new ArrayList<>();
    final List<SchemaChange> tables = new ArrayList<>();
    final List<SchemaChange> modifies = new ArrayList<>();
    final List<SchemaChange> fkAdds = new ArrayList<>();
    final List<SchemaChange> lateDrops = new ArrayList<>();
    final List<SchemaChange> functions = new ArrayList<>();
    final List<SchemaChange> creates = new ArrayList<>();
  }

  /** Topological orders of created and dropped tables by their foreign keys. */
  static final class TableOrder {
    private TableOrder() {}

    /** Returns the drops with referencing tables before the tables they reference. */
    static List<SchemaChange> forDrop(List<SchemaChange.DropTable> drops) {
      Map<String, SchemaChange.DropTable> byName = new LinkedHashMap<>();
      for (SchemaChange.DropTable d : drops) {
        byName.put(d.schema() + "." + d.table().name(), d);
      }
      List<SchemaChange> out = new ArrayList<>();
      Set<String> done = new HashSet<>();
      // A table may go once no other dropped table still references it.
      while (out.size() < drops.size()) {
        boolean progressed = false;
        for (Map.Entry<String, SchemaChange.DropTable> e : byName.entrySet()) {
          if (done.contains(e.getKey())) {
            continue;
          }
          boolean referenced = false;
          for (Map.Entry<String, SchemaChange.DropTable> other : byName.entrySet()) {
            if (done.contains(other.getKey()) || other.getKey().equals(e.getKey())) {
              continue;
            }
            if (references(other.getValue().schema(), other.getValue().table(), e.getKey())) {
              referenced = true;
              break;
            }
          }
          if (!referenced) {
            out.add(e.getValue());
            done.add(e.getKey());
            progressed = true;
          }
        }
        if (!progressed) {
          // A cycle: drop the rest in the order found; the writer may need CASCADE there.
          for (Map.Entry<String, SchemaChange.DropTable> e : byName.entrySet()) {
            if (done.add(e.getKey())) {
              out.add(e.getValue());
            }
          }
        }
      }
      return out;
    }

    /**
     * Orders table creations so that referenced tables come first; a foreign key to a table not
     * created yet (a cycle) is taken out of the CREATE and added by an ALTER afterwards.
     */
    static void forCreate(
        List<SchemaChange.AddTable> adds,
        boolean splitForeignKeys,
        List<SchemaChange> tables,
        List<SchemaChange> fkAdds) {
      Map<String, SchemaChange.AddTable> pending = new LinkedHashMap<>();
      for (SchemaChange.AddTable a : adds) {
        pending.put(a.schema() + "." + a.table().name(), a);
      }
      Set<String> created = new HashSet<>();
      while (!pending.isEmpty()) {
        String next = null;
        for (Map.Entry<String, SchemaChange.AddTable> e : pending.entrySet()) {
          if (ready(e.getValue(), e.getKey(), pending.keySet())) {
            next = e.getKey();
            break;
          }
        }
        if (next == null) {
          next = cycleBreaker(pending);
        }
        SchemaChange.AddTable a = pending.remove(next);
        created.add(next);
        if (!splitForeignKeys) {
          tables.add(a);
          continue;
        }
        List<ForeignKey> inline = new ArrayList<>();
        List<TableChange> later = new ArrayList<>();
        for (ForeignKey k : a.table().foreignKeys()) {
          String ref = refKey(a.schema(), k);
          if (pending.containsKey(ref)) {
            later.add(new TableChange.AddForeignKey(k));
          } else {
            inline.add(k);
          }
        }
        Table t = a.table();
        Table first =
            new Table(t.name(), t.columns(), t.primaryKey(), t.indexes(), inline, t.checks(), t.triggers(), t.attrs());
        tables.add(new SchemaChange.AddTable(a.schema(), later.isEmpty() ? t : first));
        if (!later.isEmpty()) {
          fkAdds.add(new SchemaChange.ModifyTable(a.schema(), first, t, later));
        }
      }
    }

    /**
     * Returns the table to create when every pending table waits for another: the one most
     * referenced by pending tables, so that one deferred foreign key frees the most tables.
     */
    private static String cycleBreaker(Map<String, SchemaChange.AddTable> pending) {
      String best = null;
      int bestRefs = -1;
      for (String candidate : pending.keySet()) {
        int refs = 0;
        for (SchemaChange.AddTable other : pending.values()) {
          for (ForeignKey k : other.table().foreignKeys()) {
            if (refKey(other.schema(), k).equals(candidate)) {
              refs++;
            }
          }
        }
        if (refs > bestRefs) {
          best = candidate;
          bestRefs = refs;
        }
      }
      return best;
    }

    private static boolean ready(SchemaChange.AddTable a, String self, Set<String> pending) {
      // A partition (PostgreSQL) is created after its parent.
      String parent = a.table().attrs().get("partition_of");
      if (parent != null && (pending.contains(parent) || pending.contains(a.schema() + "." + parent))) {
        return false;
      }
      for (ForeignKey k : a.table().foreignKeys()) {
        String ref = refKey(a.schema(), k);
        if (!ref.equals(self) && pending.contains(ref)) {
          return false;
        }
      }
      return true;
    }

    private static String refKey(String schema, ForeignKey k) {
      return (k.refSchema() == null || k.refSchema().isEmpty() ? schema : k.refSchema()) + "." + k.refTable();
    }

    private static boolean references(String schema, Table t, String target) {
      for (ForeignKey k : t.foreignKeys()) {
        String ref = refKey(schema, k);
        if (ref.equals(target)) {
          return true;
        }
      }
      return false;
    }
  }
}
