package dev.strata.driver.sqlite.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.model.Realm;
import dev.strata.testkit.TestDatabases;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Inspection runs a constant number of queries: the same for 10 tables as for 100, counted through
 * a {@link Connection} proxy that delegates every call to the real connection.
 */
class InspectionQueryCountTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  @Test
  void constantNumberOfQueries() throws Exception {
    int ten = queriesFor(10);
    int hundred = queriesFor(100);
    assertEquals(ten, hundred);
    assertEquals(Catalog.QUERIES, hundred);
  }

  private int queriesFor(int tables) throws Exception {
    try (Connection c = Databases.open(dbs.sqliteFile())) {
      StringBuilder sql = new StringBuilder("CREATE TABLE t0 (id INTEGER PRIMARY KEY, a TEXT);");
      for (int i = 1; i < tables; i++) {
        sql.append("CREATE TABLE t").append(i)
            .append(" (id INTEGER PRIMARY KEY, a TEXT UNIQUE, b INT CHECK (b > 0), p INTEGER REFERENCES t")
            .append(i - 1).append(" (id));")
            .append("CREATE INDEX t").append(i).append("_b ON t").append(i).append(" (b) WHERE b > 1;")
            .append("CREATE TRIGGER t").append(i).append("_tr AFTER INSERT ON t").append(i)
            .append(" BEGIN SELECT 1; END;")
            .append("CREATE VIEW v").append(i).append(" AS SELECT a FROM t").append(i).append(";");
      }
      c.setAutoCommit(false);
      Databases.run(c, sql.toString());
      c.commit();
      c.setAutoCommit(true);
      AtomicInteger count = new AtomicInteger();
      Realm realm = new SqliteInspector().inspect(counting(c, count), List.of());
      assertEquals(tables, realm.schemas().get(0).tables().size());
      return count.get();
    }
  }

  private static final Set<String> EXECUTIONS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "addBatch");

  /** Returns {@code c} with every statement it creates counting its executions into {@code count}. */
  static Connection counting(Connection c, AtomicInteger count) {
    InvocationHandler connection =
        (proxy, method, args) -> {
          Object result = invoke(c, method, args);
          if (result instanceof Statement) {
            Class<?> type = result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            return wrap(type, result, count);
          }
          return result;
        };
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, connection);
  }

  private static Object wrap(Class<?> type, Object statement, AtomicInteger count) {
    InvocationHandler h =
        (proxy, method, args) -> {
          if (EXECUTIONS.contains(method.getName())) {
            count.incrementAndGet();
          }
          return invoke(statement, method, args);
        };
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
  }

  private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
