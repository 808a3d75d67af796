package dev.strata.driver.mysql.schema;

import dev.strata.model.Column;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.Table;
import dev.strata.model.change.SchemaChange.ModifyTable;
import dev.strata.model.change.TableChange;
import dev.strata.model.change.TableChange.AddCheck;
import dev.strata.model.change.TableChange.AddColumn;
import dev.strata.model.change.TableChange.AddForeignKey;
import dev.strata.model.change.TableChange.AddIndex;
import dev.strata.model.change.TableChange.AddPrimaryKey;
import dev.strata.model.change.TableChange.ColumnChange;
import dev.strata.model.change.TableChange.DropCheck;
import dev.strata.model.change.TableChange.DropColumn;
import dev.strata.model.change.TableChange.DropForeignKey;
import dev.strata.model.change.TableChange.DropIndex;
import dev.strata.model.change.TableChange.DropPrimaryKey;
import dev.strata.model.change.TableChange.ModifyAttr;
import dev.strata.model.change.TableChange.ModifyCheck;
import dev.strata.model.change.TableChange.ModifyColumn;
import dev.strata.model.change.TableChange.ModifyForeignKey;
import dev.strata.model.change.TableChange.ModifyIndex;
import dev.strata.model.change.TableChange.ModifyPrimaryKey;
import dev.strata.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a {@link ModifyTable} as at most three ALTER TABLE statements, each with Atlas's comment
 * {@code Modify "t" table}:
 *
 * <ol>
 *   <li>{@code CONVERT TO CHARACTER SET} when the table's charset or collation changed: the model
 *       records column charsets relative to the table's, so the columns follow the table;
 *   <li>the drops of foreign keys, checks and indexes that are removed or rebuilt (as Atlas does,
 *       so that a constraint is never dropped and re-added under one name in one statement);
 *   <li>everything else in one statement: primary key, columns (added columns placed with AFTER or
 *       FIRST so that the column order converges), indexes, checks, foreign keys, table options.
 * </ol>
 *
 * A generated column whose storage changes (VIRTUAL to STORED, or generated to plain from VIRTUAL)
 * cannot be modified in place: it is dropped and added again, with the indexes that cover it.
 */
final class AlterTableWriter {
  private final MysqlDdl ddl;

  AlterTableWriter(MysqlDdl ddl) {
    this.ddl = ddl;
  }

  List<PlannedStatement> write(ModifyTable m) {
    Clauses c = new Clauses(m);
    m.changes().forEach(c::add);
    for (Column col : m.to().columns()) {
      if (c.added.contains(col.name())) {
        c.columns.add("ADD COLUMN " + MysqlDdl.column(col) + position(m.to(), col.name(), c.added));
      }
    }
    reindexRebuilt(m, c.rebuilt, c.drops, c.keys);
    if (!c.convert.isEmpty()) {
      remodifyAfterConvert(m, c.modified, c.added, c.columns);
    }
    List<String> main = new ArrayList<>(c.columns);
    main.addAll(c.keys);
    main.addAll(c.tail);
    String table = ddl.name(m.schema(), m.to().name());
    String comment = "Modify \"" + m.to().name() + "\" table";
    List<PlannedStatement> out = new ArrayList<>();
    for (List<String> clauses : List.of(c.convert, c.drops, main)) {
      if (!clauses.isEmpty()) {
        out.add(PlannedStatement.of("ALTER TABLE " + table + " " + String.join(", ", clauses), comment));
      }
    }
    return out;
  }

  /** The clauses of the three statements, sorted by kind as the changes arrive. */
  private final class Clauses {
    final ModifyTable m;
    final Set<String> rebuilt;
    final List<String> convert = new ArrayList<>();
    final List<String> drops = new ArrayList<>();
    final List<String> columns = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
    final List<String> tail = new ArrayList<>();
    final Set<String> added = new LinkedHashSet<>();
    final Set<String> modified = new LinkedHashSet<>();

    Clauses(ModifyTable m) {
      this.m = m;
      this.rebuilt = rebuiltColumns(m);
    }

    void add(TableChange c) {
      if (!constraint(c) && !key(c)) {
        column(c);
      }
    }

    // Foreign keys and checks: dropped in the first statement, added at the end of the last.
    private boolean constraint(TableChange c) {
      if (c instanceof DropForeignKey d) {
        drops.add("DROP FOREIGN KEY " + SqlText.ident(d.key().name()));
      } else if (c instanceof ModifyForeignKey f) {
        drops.add("DROP FOREIGN KEY " + SqlText.ident(f.from().name()));
        tail.add("ADD " + ddl.foreignKey(m.schema(), f.to()));
      } else if (c instanceof AddForeignKey f) {
        tail.add("ADD " + ddl.foreignKey(m.schema(), f.key()));
      } else if (c instanceof DropCheck d) {
        drops.add("DROP CONSTRAINT " + SqlText.ident(d.check().name()));
      } else if (c instanceof ModifyCheck k) {
        drops.add("DROP CONSTRAINT " + SqlText.ident(k.from().name()));
        tail.add("ADD " + MysqlDdl.check(k.to()));
      } else if (c instanceof AddCheck k) {
        tail.add("ADD " + MysqlDdl.check(k.check()));
      } else {
        return false;
      }
      return true;
    }

    // Indexes drop first; the primary key changes in the main statement (an AUTO_INCREMENT
    // column must stay a key at the end of each statement).
    private boolean key(TableChange c) {
      if (c instanceof DropIndex d) {
        drops.add("DROP INDEX " + SqlText.ident(d.index().name()));
      } else if (c instanceof ModifyIndex i) {
        drops.add("DROP INDEX " + SqlText.ident(i.from().name()));
        keys.add("ADD " + MysqlDdl.index(i.to()));
      } else if (c instanceof AddIndex i) {
        keys.add("ADD " + MysqlDdl.index(i.index()));
      } else if (c instanceof DropPrimaryKey) {
        columns.add(0, "DROP PRIMARY KEY");
      } else if (c instanceof ModifyPrimaryKey k) {
        columns.add(0, "DROP PRIMARY KEY");
        keys.add(0, "ADD PRIMARY KEY " + MysqlDdl.parts(k.to().parts()));
      } else if (c instanceof AddPrimaryKey k) {
        keys.add(0, "ADD PRIMARY KEY " + MysqlDdl.parts(k.key().parts()));
      } else {
        return false;
      }
      return true;
    }

    // Columns are dropped, modified, then added (after the loop, in the target's order).
    private void column(TableChange c) {
      if (c instanceof ModifyAttr a) {
        attr(m, a, convert, tail);
      } else if (c instanceof DropColumn d) {
        columns.add("DROP COLUMN " + SqlText.ident(d.column().name()));
      } else if (c instanceof ModifyColumn mc) {
        modified.add(mc.to().name());
        if (rebuilt.contains(mc.to().name())) {
          columns.add("DROP COLUMN " + SqlText.ident(mc.from().name()));
          added.add(mc.to().name());
        } else {
          columns.add("MODIFY COLUMN " + MysqlDdl.column(mc.to()));
        }
      } else if (c instanceof AddColumn a) {
        added.add(a.column().name());
      }
    }
  }

  private static void attr(ModifyTable m, ModifyAttr a, List<String> convert, List<String> tail) {
    switch (a.key()) {
      case TableReader.CHARSET:
      case TableReader.COLLATE:
        if (convert.isEmpty()) {
          StringBuilder sb = new StringBuilder("CONVERT TO CHARACTER SET ");
          String charset = m.to().attrs().get(TableReader.CHARSET);
          String collate = m.to().attrs().get(TableReader.COLLATE);
          sb.append(charset == null ? "DEFAULT" : charset);
          if (collate != null) {
            sb.append(" COLLATE ").append(collate);
          }
          convert.add(sb.toString());
        }
        break;
      case TableReader.COMMENT:
        tail.add("COMMENT " + SqlText.literal(a.to() == null ? "" : a.to()));
        break;
      case TableReader.ENGINE:
        if (a.to() != null) {
          tail.add("ENGINE = " + a.to());
        }
        break;
      default:
        break; // informational attributes have no DDL
    }
  }

  // Columns whose generation storage changes in a way MODIFY cannot do: dropped and added again.
  private static Set<String> rebuiltColumns(ModifyTable m) {
    Set<String> out = new LinkedHashSet<>();
    for (TableChange c : m.changes()) {
      if (c instanceof ModifyColumn mc && mc.kinds().contains(ColumnChange.GENERATED)) {
        boolean fromVirtual = mc.from().generated() != null && !mc.from().generated().stored();
        boolean toVirtual = mc.to().generated() != null && !mc.to().generated().stored();
        boolean storageFlip =
            mc.from().generated() != null && mc.to().generated() != null
                && mc.from().generated().stored() != mc.to().generated().stored();
        if (fromVirtual || toVirtual || storageFlip) {
          out.add(mc.to().name());
        }
      }
    }
    return out;
  }

  // Indexes over a dropped-and-added column disappear or shrink with the drop: rebuild them,
  // unless the change already drops or adds them.
  private static void reindexRebuilt(
      ModifyTable m, Set<String> readded, List<String> drops, List<String> keys) {
    if (readded.isEmpty()) {
      return;
    }
    for (Index i : m.to().indexes()) {
      boolean covers = i.parts().stream().map(IndexPart::column).anyMatch(readded::contains);
      String drop = "DROP INDEX " + SqlText.ident(i.name());
      String add = "ADD " + MysqlDdl.index(i);
      if (covers && !keys.contains(add)) {
        if (m.from().index(i.name()).isPresent() && !drops.contains(drop)) {
          drops.add(drop);
        }
        keys.add(add);
      }
    }
  }

  // CONVERT TO rewrites every character column: restore the columns whose charset or collation
  // differs from the table's, and text columns that MySQL widens (TEXT to MEDIUMTEXT) on the way.
  private static void remodifyAfterConvert(
      ModifyTable m, Set<String> modified, Set<String> added, List<String> main) {
    for (Column c : m.to().columns()) {
      boolean explicit =
          c.attrs().containsKey(TableReader.CHARSET) || c.attrs().containsKey(TableReader.COLLATE);
      boolean text = MysqlTypes.baseName(c.type().sql()).endsWith("text");
      if ((explicit || text) && MysqlTypes.isTextual(c.type().sql())
          && !modified.contains(c.name()) && !added.contains(c.name())
          && m.from().column(c.name()).isPresent()) {
        main.add("MODIFY COLUMN " + MysqlDdl.column(c));
      }
    }
  }

  // " AFTER `prev`" or " FIRST" unless the column lands at the end anyway (every later column of
  // the target table is also added by this statement, in order).
  private static String position(Table to, String name, Set<String> added) {
    List<Column> cols = to.columns();
    int i = 0;
    while (i < cols.size() && !Objects.equals(cols.get(i).name(), name)) {
      i++;
    }
    boolean last = true;
    for (int j = i + 1; j < cols.size(); j++) {
      if (!added.contains(cols.get(j).name())) {
        last = false;
        break;
      }
    }
    if (last) {
      return "";
    }
    return i == 0 ? " FIRST" : " AFTER " + SqlText.ident(cols.get(i - 1).name());
  }
}
