package dev.strata.plan;

import dev.strata.model.change.SchemaChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Orders created views so that a view comes after the views its query names. The model keeps a
 * view's query as text, so "names" means: the other view's name appears in it as a whole word.
 * Other changes keep their order, after the views they may depend on.
 */
final class ViewOrder {
  private ViewOrder() {}

  static List<SchemaChange> sort(List<SchemaChange> creates) {
    Map<String, SchemaChange.AddView> views = new LinkedHashMap<>();
    List<SchemaChange> others = new ArrayList<>();
    for (SchemaChange c : creates) {
      if (c instanceof SchemaChange.AddView) {
        SchemaChange.AddView v = (SchemaChange.AddView) c;
        views.put(v.view().name(), v);
      } else {
        others.add(c);
      }
    }
    List<SchemaChange> out = new ArrayList<>();
    while (!views.isEmpty()) {
      String next = null;
      for (Map.Entry<String, SchemaChange.AddView> e : views.entrySet()) {
        if (!dependsOnPending(e.getValue(), views)) {
          next = e.getKey();
          break;
        }
      }
      // A cycle cannot be created by any order; keep the rest as found.
      out.add(views.remove(next == null ? views.keySet().iterator().next() : next));
    }
    out.addAll(others);
    return out;
  }

  private static boolean dependsOnPending(SchemaChange.AddView v, Map<String, SchemaChange.AddView> pending) {
    String query = v.view().definition();
    for (String other : pending.keySet()) {
      if (!other.equals(v.view().name())
          && Pattern.compile("(?<![A-Za-z0-9_$])" + Pattern.quote(other) + "(?![A-Za-z0-9_$])")
              .matcher(query)
              .find()) {
        return true;
      }
    }
    return false;
  }
}
