package dev.strata.driver.postgres.schema;

import dev.strata.driver.postgres.schema.SchemaParts.TableParts;
import dev.strata.model.Check;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.PrimaryKey;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads primary keys, indexes, unique constraints, foreign keys and checks of the inspected
 * schemas: two queries for all of them. Exclusion constraints are not part of the model and are
 * skipped.
 */
final class KeyReader {
  /** The {@code extra} of an index part that is an INCLUDE column rather than a key. */
  static final String INCLUDE = "INCLUDE";

  private KeyReader() {}

  /** Adds every index, primary key and unique constraint, one index per group of part rows. */
  static void readIndexes(CatalogQuery q, Array names, Map<String, SchemaParts> s)
      throws SQLException {
    List<IndexPart> parts = new ArrayList<>();
    String[] current = new String[3];
    Object[] head = new Object[1];
    q.each(
        "indexes.sql",
        names,
        rs -> {
          String[] key = {
            rs.getString("schema_name"), rs.getString("table_name"), rs.getString("index_name")
          };
          if (!Arrays.equals(key, current)) {
            flush(s, current, (IndexHead) head[0], parts);
            System.arraycopy(key, 0, current, 0, 3);
            head[0] = IndexHead.of(rs);
            parts.clear();
          }
          parts.add(part(rs));
        });
    flush(s, current, (IndexHead) head[0], parts);
  }

  /** The index-level columns of a row of indexes.sql. */
  private record IndexHead(
      String tableKind,
      String method,
      boolean unique,
      String constraintType,
      String constraintName,
      String predicate) {
    static IndexHead of(ResultSet rs) throws SQLException {
      return new IndexHead(
          rs.getString("table_kind"),
          rs.getString("method"),
          rs.getBoolean("is_unique"),
          rs.getString("constraint_type"),
          rs.getString("constraint_name"),
          rs.getString("predicate"));
    }
  }

  private static void flush(
      Map<String, SchemaParts> s, String[] key, IndexHead h, List<IndexPart> parts) {
    if (h == null) {
      return;
    }
    SchemaParts schema = s.get(key[0]);
    String type = h.constraintType == null ? "" : h.constraintType;
    if (type.equals("x")) {
      return;
    }
    if (type.equals("p")) {
      TableParts t = schema.table(key[1]);
      if (t != null) {
        t.primaryKey = new PrimaryKey(h.constraintName, parts);
      }
      return;
    }
    Index index =
        new Index(
            type.equals("u") ? h.constraintName : key[2],
            h.unique,
            parts,
            h.method.equals("btree") ? "" : h.method,
            h.predicate == null ? "" : BooleanChains.flatten(h.predicate),
            type.equals("u"));
    if (h.tableKind.equals("m")) {
      schema.viewIndexes.computeIfAbsent(key[1], k -> new ArrayList<>()).add(index);
      return;
    }
    TableParts t = schema.table(key[1]);
    if (t != null) {
      t.indexes.add(index);
    }
  }

  private static IndexPart part(ResultSet rs) throws SQLException {
    String column = rs.getString("column_name");
    String expression = column == null ? rs.getString("expression") : null;
    if (rs.getInt("part") > rs.getInt("key_columns")) {
      return new IndexPart(column, expression, false, 0, INCLUDE);
    }
    int options = rs.getInt("options");
    boolean desc = (options & 1) != 0;
    boolean nullsFirst = (options & 2) != 0;
    List<String> extra = new ArrayList<>();
    String collation = rs.getString("collation");
    if (collation != null) {
      extra.add("COLLATE " + Identifiers.quote(collation));
    }
    String opclass = rs.getString("opclass");
    if (opclass != null) {
      extra.add(opclass);
    }
    // B-tree order puts NULLs last ascending and first descending; only the other choice is said.
    if (desc && !nullsFirst) {
      extra.add("NULLS LAST");
    } else if (!desc && nullsFirst) {
      extra.add("NULLS FIRST");
    }
    return new IndexPart(column, expression, desc, 0, String.join(" ", extra));
  }

  /** Adds every foreign key and check constraint. */
  static void readConstraints(CatalogQuery q, Array names, Map<String, SchemaParts> s)
      throws SQLException {
    q.each(
        "constraints.sql",
        names,
        rs -> {
          TableParts t = s.get(rs.getString("schema_name")).table(rs.getString("table_name"));
          if (t == null) {
            return;
          }
          String name = rs.getString("constraint_name");
          if (rs.getString("constraint_type").equals("c")) {
            t.checks.add(new Check(name, checkExpr(rs.getString("definition"))));
            return;
          }
          t.foreignKeys.add(
              new ForeignKey(
                  name,
                  strings(rs.getArray("columns")),
                  rs.getString("ref_schema"),
                  rs.getString("ref_table"),
                  strings(rs.getArray("ref_columns")),
                  action(rs.getString("on_update")),
                  action(rs.getString("on_delete"))));
        });
  }

  /**
   * Returns the expression of a check as pg_get_constraintdef prints it ({@code CHECK (<expr>)},
   * perhaps followed by {@code NO INHERIT} or {@code NOT VALID}, which the model does not keep).
   */
  static String checkExpr(String definition) {
    String d = definition;
    for (String suffix : List.of(" NOT VALID", " NO INHERIT")) {
      if (d.endsWith(suffix)) {
        d = d.substring(0, d.length() - suffix.length());
      }
    }
    if (d.startsWith("CHECK (") && d.endsWith(")")) {
      d = d.substring("CHECK (".length(), d.length() - 1);
    }
    return BooleanChains.flatten(d);
  }

  /** Returns the SQL words of a pg_constraint action code. */
  static String action(String code) {
    switch (code) {
      case "r":
        return "RESTRICT";
      case "c":
        return "CASCADE";
      case "n":
        return "SET NULL";
      case "d":
        return "SET DEFAULT";
      default:
        return "NO ACTION";
    }
  }

  private static List<String> strings(Array a) throws SQLException {
    return a == null ? List.of() : List.of((String[]) a.getArray());
  }
}
