package dev.strata.driver.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.Realm;
import dev.strata.testkit.TestDatabases;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Inspection runs a constant number of queries: the same for 10 tables as for 100 (each with an
 * index and a foreign key), counted through a java.lang.reflect.Proxy that delegates to the real
 * connection and its statements.
 */
class InspectionQueryCountTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  @Test
  void queriesDoNotGrowWithTables() throws Exception {
    int ten = queriesFor(10);
    int hundred = queriesFor(100);
    assertThat(ten).isEqualTo(hundred);
    assertThat(hundred).isEqualTo(11);
  }

  private int queriesFor(int tables) throws Exception {
    try (Connection c = SchemaTestSupport.connect(dbs.postgresDatabase())) {
      StringBuilder ddl =
          new StringBuilder("CREATE TABLE t0 (id serial PRIMARY KEY, name text);\n");
      for (int i = 1; i < tables; i++) {
        ddl.append("CREATE TABLE t")
            .append(i)
            .append(" (id serial PRIMARY KEY, ref int REFERENCES t")
            .append(i - 1)
            .append(" (id), name text CHECK (name <> ''));\n")
            .append("CREATE INDEX t")
            .append(i)
            .append("_name ON t")
            .append(i)
            .append(" (name);\n");
      }
      SchemaTestSupport.execute(c, ddl.toString());
      AtomicInteger count = new AtomicInteger();
      Realm realm = new PostgresInspector().inspect(counting(c, count), List.of());
      assertThat(realm.schema("public").orElseThrow().tables()).hasSize(tables);
      return count.get();
    }
  }

  /** Returns a proxy of {@code c} whose statements count executions into {@code count}. */
  static Connection counting(Connection c, AtomicInteger count) {
    InvocationHandler h =
        (proxy, method, args) -> {
          Object result = invoke(c, method, args);
          if (result instanceof Statement) {
            return countingStatement((Statement) result, count);
          }
          return result;
        };
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
  }

  private static Object countingStatement(Statement s, AtomicInteger count) {
    InvocationHandler h =
        (proxy, method, args) -> {
          if (method.getName().startsWith("execute")) {
            count.incrementAndGet();
          }
          return invoke(s, method, args);
        };
    Class<?> type =
        s instanceof java.sql.CallableStatement
            ? java.sql.CallableStatement.class
            : s instanceof java.sql.PreparedStatement
                ? java.sql.PreparedStatement.class
                : Statement.class;
    return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type}, h);
  }

  private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
