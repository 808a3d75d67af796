package dev.strata.devdb;

import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.model.Table;
import dev.strata.spi.RevisionTableRef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes objects from a realm: {@code --exclude} globs ({@code users}, {@code *.[ab]*},
 * {@code *.*}) and the revision table, which is bookkeeping and never part of a desired state.
 */
public final class RealmFilter {
  private RealmFilter() {}

  /**
   * Returns {@code realm} without the excluded objects. A pattern without a dot matches table
   * names when {@code schemaScoped}, schema names otherwise; {@code schema.table} patterns match
   * tables in matching schemas.
   */
  public static Realm exclude(Realm realm, List<String> patterns, boolean schemaScoped) {
    List<Schema> schemas = new ArrayList<>();
    for (Schema s : realm.schemas()) {
      if (!schemaScoped && matchesAny(patterns, s.name(), false)) {
        continue;
      }
      List<Table> tables = new ArrayList<>();
      for (Table t : s.tables()) {
        if (t.name().equals(RevisionTableRef.TABLE)) {
          continue;
        }
        String qualified = s.name() + "." + t.name();
        boolean excluded = false;
        for (String p : patterns) {
          if (p.contains(".") ? glob(p).matcher(qualified).matches() : schemaScoped && glob(p).matcher(t.name()).matches()) {
            excluded = true;
            break;
          }
        }
        if (!excluded) {
          tables.add(t);
        }
      }
      schemas.add(s.withTables(tables));
    }
    return new Realm(schemas);
  }

  private static boolean matchesAny(List<String> patterns, String name, boolean dotted) {
    for (String p : patterns) {
      if (p.contains(".") == dotted && glob(p).matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Returns a regex for a shell glob: {@code *}, {@code ?} and {@code [...]} classes. */
  static Pattern glob(String glob) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*':
          b.append("[^.]*");
          break;
        case '?':
          b.append("[^.]");
          break;
        case '[':
          int end = glob.indexOf(']', i);
          if (end < 0) {
            b.append("\\[");
          } else {
            b.append(glob, i, end + 1);
            i = end;
          }
          break;
        default:
          b.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(b.toString());
  }
}
