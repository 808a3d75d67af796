package dev.strata.diff;

import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.Table;
import dev.strata.model.change.TableChange;
import dev.strata.model.change.TableChange.ColumnChange;
import dev.strata.spi.DiffHooks;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two versions of one table in Atlas's order: attributes, columns (drops and
 * modifications, then additions), primary key, indexes, foreign keys, checks.
 */
final class TableDiffer {
  private TableDiffer() {}

  static List<TableChange> diff(Table from, Table to, DiffHooks hooks) {
    List<TableChange> out = new ArrayList<>();
    for (String key : hooks.tableAttrs()) {
      String a = from.attrs().get(key);
      String b = to.attrs().get(key);
      if (!Objects.equals(a, b)) {
        out.add(new TableChange.ModifyAttr(key, a, b));
      }
    }
    for (Column c : from.columns()) {
      Column n = to.column(c.name()).orElse(null);
      if (n == null) {
        out.add(new TableChange.DropColumn(c));
        continue;
      }
      Set<ColumnChange> kinds = columnChanges(c, n, hooks);
      if (!kinds.isEmpty()) {
        out.add(new TableChange.ModifyColumn(c, n, kinds));
      }
    }
    for (Column c : to.columns()) {
      if (from.column(c.name()).isEmpty()) {
        out.add(new TableChange.AddColumn(c));
      }
    }
    if (from.primaryKey() == null && to.primaryKey() != null) {
      out.add(new TableChange.AddPrimaryKey(to.primaryKey()));
    } else if (from.primaryKey() != null && to.primaryKey() == null) {
      out.add(new TableChange.DropPrimaryKey(from.primaryKey()));
    } else if (from.primaryKey() != null && !from.primaryKey().parts().equals(to.primaryKey().parts())) {
      out.add(new TableChange.ModifyPrimaryKey(from.primaryKey(), to.primaryKey()));
    }
    indexes(from, to, hooks, out);
    foreignKeys(from, to, out);
    checks(from, to, hooks, out);
    return out;
  }

  static Set<ColumnChange> columnChanges(Column from, Column to, DiffHooks hooks) {
    Set<ColumnChange> kinds = EnumSet.noneOf(ColumnChange.class);
    if (!hooks.sameType(from, to)) {
      kinds.add(ColumnChange.TYPE);
    }
    if (from.nullable() != to.nullable()) {
      kinds.add(ColumnChange.NULL);
    }
    if (!hooks.sameDefault(from, to)) {
      kinds.add(ColumnChange.DEFAULT);
    }
    if (!Objects.equals(from.generated(), to.generated())) {
      kinds.add(ColumnChange.GENERATED);
    }
    if (!Objects.equals(from.identity(), to.identity())) {
      kinds.add(ColumnChange.IDENTITY);
    }
    for (String key : hooks.columnAttrs()) {
      if (!Objects.equals(from.attrs().get(key), to.attrs().get(key))) {
        switch (key) {
          case "comment":
            kinds.add(ColumnChange.COMMENT);
            break;
          case "charset":
            kinds.add(ColumnChange.CHARSET);
            break;
          case "collate":
            kinds.add(ColumnChange.COLLATE);
            break;
          default:
            kinds.add(ColumnChange.ATTR);
        }
      }
    }
    return kinds;
  }

  private static void indexes(Table from, Table to, DiffHooks hooks, List<TableChange> out) {
    List<TableChange> adds = new ArrayList<>();
    for (Index i : from.indexes()) {
      Index n = to.index(i.name()).orElse(null);
      if (n == null) {
        out.add(new TableChange.DropIndex(i));
      } else if (!hooks.sameIndex(i, n)) {
        out.add(new TableChange.ModifyIndex(i, n));
      }
    }
    for (Index i : to.indexes()) {
      if (from.index(i.name()).isEmpty()) {
        adds.add(new TableChange.AddIndex(i));
      }
    }
    out.addAll(adds);
  }

  private static void foreignKeys(Table from, Table to, List<TableChange> out) {
    for (ForeignKey k : from.foreignKeys()) {
      ForeignKey n = Differ.find(to.foreignKeys(), k.name(), ForeignKey::name);
      if (n == null) {
        out.add(new TableChange.DropForeignKey(k));
      } else if (!k.equals(n)) {
        out.add(new TableChange.ModifyForeignKey(k, n));
      }
    }
    for (ForeignKey k : to.foreignKeys()) {
      if (Differ.find(from.foreignKeys(), k.name(), ForeignKey::name) == null) {
        out.add(new TableChange.AddForeignKey(k));
      }
    }
  }

  private static void checks(Table from, Table to, DiffHooks hooks, List<TableChange> out) {
    for (Check c : from.checks()) {
      Check n = Differ.find(to.checks(), c.name(), Check::name);
      if (n == null) {
        out.add(new TableChange.DropCheck(c));
      } else if (!hooks.sameCheck(c, n)) {
        out.add(new TableChange.ModifyCheck(c, n));
      }
    }
    for (Check c : to.checks()) {
      if (Differ.find(from.checks(), c.name(), Check::name) == null) {
        out.add(new TableChange.AddCheck(c));
      }
    }
  }
}
