package dev.strata.driver.mysql.schema;

import dev.strata.driver.mysql.Flavor;
import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.model.Table;
import dev.strata.spi.Inspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads MySQL and MariaDB databases into the schema model with a constant number of catalog
 * queries: one for the list of schemas, then per schema at most eleven (tables, columns, index
 * parts, foreign-key columns, foreign-key actions, checks, triggers, views, routines, parameters
 * and, on MariaDB with sequences, one UNION over them), however many tables it holds. A
 * schema-scoped connection (one with a current database) inspects that database; a realm-scoped
 * one every database except {@code mysql}, {@code information_schema}, {@code
 * performance_schema} and {@code sys}.
 */
public final class MysqlInspector implements Inspector {
  private static final Set<String> SYSTEM_SCHEMAS =
      Set.of("mysql", "information_schema", "performance_schema", "sys");

  /** Creates an inspector; it keeps no state between calls. */
  public MysqlInspector() {}

  private record SchemaRow(String name, String charset, String collation, String comment, String current) {}

  @Override
  public Realm inspect(Connection c, List<String> schemas) throws SQLException {
    Flavor flavor = Flavor.of(c.getMetaData().getDatabaseProductVersion());
    CatalogQueries queries = new CatalogQueries(flavor);
    List<SchemaRow> rows =
        queries.run(
            c,
            "schemas",
            null,
            rs ->
                new SchemaRow(
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    Map<String, SchemaRow> byName = new TreeMap<>();
    rows.forEach(r -> byName.put(r.name, r));
    String current = rows.isEmpty() ? null : rows.get(0).current;
    List<String> names = new ArrayList<>();
    if (!schemas.isEmpty()) {
      schemas.stream().filter(byName::containsKey).distinct().sorted().forEach(names::add);
    } else if (current != null) {
      if (byName.containsKey(current)) {
        names.add(current);
      }
    } else {
      byName.keySet().stream().filter(n -> !SYSTEM_SCHEMAS.contains(n)).forEach(names::add);
    }
    TableReader tables = new TableReader(queries, flavor);
    ObjectReader objects = new ObjectReader(queries);
    List<Schema> out = new ArrayList<>();
    for (String name : names) {
      out.add(schema(c, byName.get(name), tables, objects));
    }
    return new Realm(out);
  }

  private static Schema schema(Connection c, SchemaRow row, TableReader tableReader, ObjectReader objects)
      throws SQLException {
    List<String> sequenceNames = new ArrayList<>();
    Map<String, TableDraft> drafts = tableReader.read(c, row.name, sequenceNames);
    if (!drafts.isEmpty()) {
      objects.triggers(c, row.name, drafts);
    }
    List<Table> tables = new ArrayList<>();
    drafts.values().forEach(d -> tables.add(d.build()));
    Map<String, String> attrs = new LinkedHashMap<>();
    putIfPresent(attrs, TableReader.CHARSET, row.charset);
    putIfPresent(attrs, TableReader.COLLATE, row.collation);
    putIfPresent(attrs, TableReader.COMMENT, row.comment);
    return new Schema(
        row.name,
        tables,
        objects.views(c, row.name),
        objects.sequences(c, row.name, sequenceNames),
        List.of(),
        objects.routines(c, row.name),
        attrs);
  }

  private static void putIfPresent(Map<String, String> attrs, String key, String value) {
    if (value != null && !value.isEmpty()) {
      attrs.put(key, value);
    }
  }
}
