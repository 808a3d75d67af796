package dev.strata.driver.mysql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.Schema;
import dev.strata.spi.DriverRegistry;
import dev.strata.testkit.TestDatabases;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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
 * Inspection issues a constant number of queries per schema: the same count for 10 tables as for
 * 100, counted through a {@link Connection} proxy that delegates to the real connection.
 */
class MysqlInspectorQueryCountTest {
  @RegisterExtension final TestDatabases dbs = new TestDatabases();

  private static final Set<String> EXECUTES =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch");

  /** A connection that counts the statements executed through it. */
  static final class Counting implements InvocationHandler {
    final Connection real;
    final AtomicInteger executed = new AtomicInteger();

    Counting(Connection real) {
      this.real = real;
    }

    Connection proxy() {
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, this);
    }

    @Override
    public Object invoke(Object p, Method m, Object[] args) throws Throwable {
      Object result = call(real, m, args);
      if (result instanceof PreparedStatement) {
        return countingStatement(result, PreparedStatement.class);
      }
      if (result instanceof Statement) {
        return countingStatement(result, Statement.class);
      }
      return result;
    }

    private Object countingStatement(Object statement, Class<?> type) {
      return Proxy.newProxyInstance(
          type.getClassLoader(),
          new Class<?>[] {type},
          (p, m, args) -> {
            if (EXECUTES.contains(m.getName())) {
              executed.incrementAndGet();
            }
            return call(statement, m, args);
          });
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
      try {
        return m.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  // n tables, each with a primary key, an index, a check and a foreign key to the previous one;
  // a view, a function and a trigger so that every query returns rows.
  private static String schemaOf(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY, prev int, name varchar(20), ")
          .append("KEY i_name (name), CONSTRAINT c").append(i).append(" CHECK (id >= 0)");
      if (i > 0) {
        sb.append(", CONSTRAINT f").append(i).append(" FOREIGN KEY (prev) REFERENCES t").append(i - 1).append(" (id)");
      }
      sb.append(");\n");
    }
    sb.append("CREATE VIEW v AS SELECT id FROM t0;\n");
    sb.append("CREATE FUNCTION f(x int) RETURNS int RETURN x;\n");
    sb.append("CREATE TRIGGER tr BEFORE INSERT ON t0 FOR EACH ROW SET NEW.name = 'x';\n");
    sb.append("CREATE SEQUENCE s;\n");
    return sb.toString();
  }

  private int queriesToInspect(int tables) throws Exception {
    String url = dbs.mariadbDatabase();
    try (Connection c = DriverRegistry.load().driverFor(url).connect()) {
      SchemaFixtures.execute(c, schemaOf(tables));
      Counting counting = new Counting(c);
      Schema s = SchemaFixtures.inspectOne(counting.proxy());
      assertThat(s.tables()).hasSize(tables);
      assertThat(s.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum()).isEqualTo(tables - 1);
      return counting.executed.get();
    }
  }

  @Test
  void queryCountDoesNotGrowWithTables() throws Exception {
    int ten = queriesToInspect(10);
    int hundred = queriesToInspect(100);
    assertThat(hundred).isEqualTo(ten);
    // schemas, then tables, columns, indexes, foreign-key actions, foreign keys, checks,
    // triggers, views, sequences, routines and parameters for the one schema.
    assertThat(ten).isEqualTo(12);
  }

  @Test
  void realmInspectionCostsTheSameForEverySchema() throws Exception {
    String a = dbs.mariadbDatabase();
    String b = dbs.mariadbDatabase();
    try (Connection c = DriverRegistry.load().driverFor(a).connect()) {
      SchemaFixtures.execute(c, schemaOf(3));
    }
    try (Connection c = DriverRegistry.load().driverFor(b).connect()) {
      SchemaFixtures.execute(c, schemaOf(5));
    }
    String realm = TestDatabases.mariadbServer().withPath("").raw();
    try (Connection c = DriverRegistry.load().driverFor(realm).connect()) {
      Counting counting = new Counting(c);
      List<String> names = List.of(SchemaFixtures.schemaOf(a), SchemaFixtures.schemaOf(b));
      assertThat(new MysqlInspector().inspect(counting.proxy(), names).schemas()).hasSize(2);
      assertThat(counting.executed.get()).isEqualTo(1 + 2 * 11);
    }
  }
}
