package dev.strata.driver.sqlite.schema;

import dev.strata.driver.sqlite.schema.Catalog.ColumnRow;
import dev.strata.driver.sqlite.schema.Catalog.ObjectRow;
import dev.strata.driver.sqlite.schema.Catalog.TableRow;
import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import dev.strata.spi.Inspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads SQLite's schema {@code main} into the model with five catalog queries, however many
 * tables there are (see {@link Catalog}). What the pragmas do not report (constraint names, CHECK
 * and generation expressions, AUTOINCREMENT, collations, index expressions and predicates) is read
 * from the statements in {@code sqlite_schema.sql}. Types are the declared ones in one canonical
 * spelling (lower case, no space around parentheses); defaults are SQLite's text without wrapping
 * parentheses. Attached databases, {@code temp}, virtual tables and their shadow tables, and the
 * {@code sqlite_%} tables are left out; triggers on views are left out too (the model keeps
 * triggers on tables only).
 */
public final class SqliteInspector implements Inspector {
  /** The one schema an SQLite connection is scoped to. */
  public static final String MAIN = "main";

  /** Creates an inspector; it holds no state. */
  public SqliteInspector() {}

  @Override
  public Realm inspect(Connection c, List<String> schemas) throws SQLException {
    if (!schemas.isEmpty() && !schemas.contains(MAIN)) {
      return new Realm(List.of());
    }
    return new Realm(List.of(schema(Catalog.read(c))));
  }

  private static Schema schema(Catalog catalog) {
    Map<String, String> declared = new HashMap<>();
    for (TableRow t : catalog.tables()) {
      declared.put(t.name().toLowerCase(Locale.ROOT), t.name());
    }
    Map<String, List<Trigger>> triggers = new HashMap<>();
    List<View> views = new ArrayList<>();
    for (ObjectRow o : catalog.objects()) {
      if (o.type().equals("view")) {
        String query = DdlParser.viewQuery(o.sql());
        views.add(new View(o.name(), query == null ? o.sql() : query, false));
      } else {
        triggers.computeIfAbsent(o.table().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(new Trigger(o.name(), o.sql()));
      }
    }
    List<Table> tables = new ArrayList<>();
    for (TableRow t : catalog.tables()) {
      tables.add(
          TableReader.read(
              t,
              Catalog.of(catalog.columns(), t.name()),
              Catalog.of(catalog.indexes(), t.name()),
              Catalog.of(catalog.foreignKeys(), t.name()),
              triggers.getOrDefault(t.name().toLowerCase(Locale.ROOT), List.of()),
              ref -> declared.getOrDefault(ref.toLowerCase(Locale.ROOT), ref),
              ref -> primaryKey(catalog, ref)));
    }
    tables.sort(Comparator.comparing(Table::name));
    views.sort(Comparator.comparing(View::name));
    return new Schema(MAIN, tables, views, List.of(), List.of(), List.of(), Map.of());
  }

  // The key columns a foreign key without a column list refers to.
  private static List<String> primaryKey(Catalog catalog, String table) {
    List<ColumnRow> key = new ArrayList<>();
    for (ColumnRow r : Catalog.of(catalog.columns(), table)) {
      if (r.pk() > 0) {
        key.add(r);
      }
    }
    key.sort(Comparator.comparingInt(ColumnRow::pk));
    List<String> out = new ArrayList<>();
    key.forEach(r -> out.add(r.name()));
    return out;
  }
}
