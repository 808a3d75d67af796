package dev.strata.driver.sqlite.schema;

import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Renders a realm one object per line, for golden files a person can review. */
final class ModelText {
  private ModelText() {}

  static String render(Realm realm) {
    StringBuilder b = new StringBuilder();
    for (Schema s : realm.schemas()) {
      b.append("schema ").append(s.name()).append(attrs(s.attrs())).append('\n');
      for (Table t : s.tables()) {
        b.append("table ").append(t.name()).append(attrs(t.attrs())).append('\n');
        for (Column c : t.columns()) {
          b.append("  column ").append(c.name()).append(" type=").append(c.type().sql())
              .append(c.nullable() ? " null" : " not-null");
          if (c.defaultValue() != null) {
            b.append(" default=").append(c.defaultValue().expr());
          }
          if (c.generated() != null) {
            b.append(" generated=").append(c.generated().expr()).append(c.generated().stored() ? " stored" : " virtual");
          }
          if (c.identity() != null) {
            b.append(" identity=").append(c.identity().generation());
          }
          b.append(attrs(c.attrs())).append('\n');
        }
        if (t.primaryKey() != null) {
          b.append("  primary-key ").append(parts(t.primaryKey().parts())).append('\n');
        }
        for (Index i : t.indexes()) {
          b.append("  ").append(i.constraint() ? "unique-constraint " : i.unique() ? "unique-index " : "index ")
              .append(i.name()).append(' ').append(parts(i.parts()));
          if (!i.where().isEmpty()) {
            b.append(" where ").append(i.where());
          }
          b.append('\n');
        }
        for (ForeignKey k : t.foreignKeys()) {
          b.append("  foreign-key ").append(k.name()).append(' ').append(k.columns()).append(" -> ")
              .append(k.refSchema()).append('.').append(k.refTable()).append(k.refColumns())
              .append(" on-update ").append(k.onUpdate()).append(" on-delete ").append(k.onDelete()).append('\n');
        }
        for (Check c : t.checks()) {
          b.append("  check ").append(c.name()).append(": ").append(c.expr()).append('\n');
        }
        for (Trigger tr : t.triggers()) {
          b.append("  trigger ").append(tr.name()).append(": ").append(tr.definition().replace("\n", "\\n")).append('\n');
        }
      }
      for (View v : s.views()) {
        b.append("view ").append(v.name()).append(": ").append(v.definition().replace("\n", "\\n")).append('\n');
      }
    }
    return b.toString();
  }

  private static String parts(List<IndexPart> parts) {
    List<String> out = new ArrayList<>();
    for (IndexPart p : parts) {
      String s = p.column() != null ? p.column() : "expr{" + p.expression() + "}";
      if (!p.extra().isEmpty()) {
        s += " " + p.extra();
      }
      out.add(p.descending() ? s + " DESC" : s);
    }
    return "(" + String.join(", ", out) + ")";
  }

  private static String attrs(java.util.Map<String, String> attrs) {
    return attrs.isEmpty() ? "" : " " + new TreeMap<>(attrs);
  }
}
