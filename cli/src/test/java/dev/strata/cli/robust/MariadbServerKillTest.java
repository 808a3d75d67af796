package dev.strata.cli.robust;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/** {@link ServerKillScenarios} on MariaDB: {@code KILL CONNECTION}. */
class MariadbServerKillTest extends ServerKillScenarios {
  @Override
  Engine engine() {
    return Engine.MARIADB;
  }

  @Override
  String slowInsert(String note) {
    return "INSERT INTO events (note) SELECT IF(SLEEP(2) = 0, '" + note + "', 'interrupted');";
  }

  @Override
  String slowCreateTable() {
    return "CREATE TABLE slow_t AS SELECT IF(SLEEP(2) = 0, 'slow', 'interrupted') AS note;";
  }

  @Override
  boolean killSessionRunning(Connection admin, String prefix) throws Exception {
    long id = -1;
    try (PreparedStatement ps =
        admin.prepareStatement(
            "SELECT id FROM information_schema.processlist"
                + " WHERE db = DATABASE() AND id <> CONNECTION_ID() AND info LIKE ?")) {
      ps.setString(1, prefix + "%");
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          id = rs.getLong(1);
        }
      }
    }
    if (id < 0) {
      return false;
    }
    try (Statement s = admin.createStatement()) {
      s.execute("KILL CONNECTION " + id);
    }
    return true;
  }
}
