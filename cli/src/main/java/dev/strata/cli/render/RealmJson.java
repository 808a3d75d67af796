package dev.strata.cli.render;

import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the data of {@code schema inspect --format '{{ json . }}'} in Atlas's shape (§7.4). */
public final class RealmJson {
  private RealmJson() {}

  public static Map<String, Object> of(Realm realm) {
    List<Object> schemas = new ArrayList<>();
    for (Schema s : realm.schemas()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("name", s.name());
      List<Object> tables = new ArrayList<>();
      for (Table t : s.tables()) {
        tables.add(table(t));
      }
      if (!tables.isEmpty()) {
        sm.put("tables", tables);
      }
      schemas.add(sm);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schemas", schemas);
    return m;
  }

  private static Map<String, Object> table(Table t) {
    Map<String, Object> tm = new LinkedHashMap<>();
    tm.put("name", t.name());
    List<Object> columns = new ArrayList<>();
    for (var c : t.columns()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("name", c.name());
      cm.put("type", c.type().sql());
      if (c.nullable()) {
        cm.put("null", true);
      }
      columns.add(cm);
    }
    tm.put("columns", columns);
    if (t.primaryKey() != null) {
      tm.put("primary_key", Map.of("parts", parts(t.primaryKey().parts())));
    }
    List<Object> indexes = new ArrayList<>();
    for (Index i : t.indexes()) {
      Map<String, Object> im = new LinkedHashMap<>();
      im.put("name", i.name());
      if (i.unique()) {
        im.put("unique", true);
      }
      im.put("parts", parts(i.parts()));
      indexes.add(im);
    }
    if (!indexes.isEmpty()) {
      tm.put("indexes", indexes);
    }
    List<Object> fks = new ArrayList<>();
    for (ForeignKey k : t.foreignKeys()) {
      Map<String, Object> km = new LinkedHashMap<>();
      km.put("name", k.name());
      km.put("columns", k.columns());
      km.put("references", Map.of("table", k.refTable(), "columns", k.refColumns()));
      fks.add(km);
    }
    if (!fks.isEmpty()) {
      tm.put("foreign_keys", fks);
    }
    return tm;
  }

  private static List<Object> parts(List<IndexPart> parts) {
    List<Object> out = new ArrayList<>();
    for (IndexPart p : parts) {
      Map<String, Object> pm = new LinkedHashMap<>();
      if (p.column() != null) {
        pm.put("column", p.column());
      } else {
        pm.put("expr", p.expression());
      }
      if (p.descending()) {
        pm.put("desc", true);
      }
      out.add(pm);
    }
    return out;
  }
}
