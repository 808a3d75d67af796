package dev.strata.cli.robust;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** {@link ServerKillScenarios} on PostgreSQL: {@code pg_terminate_backend}. */
class PostgresServerKillTest extends ServerKillScenarios {
  @Override
  Engine engine() {
    return Engine.POSTGRES;
  }

  @Override
  String slowInsert(String note) {
    return "INSERT INTO events (note) SELECT '" + note + "' FROM pg_sleep(2);";
  }

  @Override
  String slowCreateTable() {
    return "CREATE TABLE slow_t AS SELECT 'slow'::varchar(40) AS note FROM pg_sleep(2);";
  }

  @Override
  boolean killSessionRunning(Connection admin, String prefix) throws Exception {
    try (PreparedStatement ps =
        admin.prepareStatement(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                + " AND state = 'active' AND query LIKE ?")) {
      ps.setString(1, prefix + "%");
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }
}
