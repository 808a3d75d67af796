package dev.strata.driver.postgres.schema;

import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.spi.Inspector;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PostgreSQL database into the schema model with eleven catalog queries, whatever the
 * number of schemas and tables: one for the schemas, then one per kind of object for all of them
 * ({@code .sql} resources beside this class). See the package documentation for how PostgreSQL's
 * objects map onto the model.
 */
public final class PostgresInspector implements Inspector {
  private final String scope;

  /** Returns an inspector of realm-scoped connections: every user schema when none is named. */
  public PostgresInspector() {
    this(null);
  }

  /**
   * Returns an inspector for connections scoped to schema {@code scope} (the URL's {@code
   * search_path}), which is what it inspects when no schema is named; null for a realm-scoped URL.
   */
  public PostgresInspector(String scope) {
    this.scope = scope;
  }

  @Override
  public Realm inspect(Connection c, List<String> schemas) throws SQLException {
    List<String> wanted = !schemas.isEmpty() ? schemas : scope == null ? null : List.of(scope);
    CatalogQuery q = new CatalogQuery(c);
    Map<String, SchemaParts> parts = new LinkedHashMap<>();
    Array filter = wanted == null ? null : c.createArrayOf("text", wanted.toArray());
    q.each(
        "schemas.sql",
        filter,
        rs -> {
          SchemaParts s = new SchemaParts(rs.getString("schema_name"));
          ColumnReader.putIfSet(s.attrs, "comment", rs.getString("comment"));
          parts.put(s.name, s);
        });
    if (parts.isEmpty()) {
      return new Realm(List.of());
    }
    Array names = c.createArrayOf("text", parts.keySet().toArray());
    ColumnReader.readTables(q, names, parts);
    ColumnReader.readColumns(q, names, parts);
    KeyReader.readIndexes(q, names, parts);
    KeyReader.readConstraints(q, names, parts);
    ObjectReader.readSequences(q, names, parts);
    ObjectReader.readEnums(q, names, parts);
    ObjectReader.readDomains(q, names, parts);
    ObjectReader.readFunctions(q, names, parts);
    ObjectReader.readTriggers(q, names, parts);
    ObjectReader.readViews(q, names, parts);
    List<Schema> out = new ArrayList<>();
    for (SchemaParts s : parts.values()) {
      out.add(s.build());
    }
    return new Realm(out);
  }
}
