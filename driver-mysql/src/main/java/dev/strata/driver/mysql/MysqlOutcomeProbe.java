package dev.strata.driver.mysql;

import dev.strata.spi.OutcomeProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;

/**
 * Judges whether an interrupted MySQL/MariaDB DDL statement took effect by comparing the
 * definition of the object it changes ({@code SHOW CREATE TABLE/VIEW}) before and after. MariaDB
 * 10.6+ and MySQL 8 make single DDL statements atomic, so the object is either as before or as
 * the statement left it. Statements it cannot judge get the fingerprint {@code ?}: the engine
 * then stops and asks a person rather than guess and run a statement twice.
 */
final class MysqlOutcomeProbe implements OutcomeProbe {
  static final String UNKNOWN = "?";
  private static final String ABSENT = "absent";

  @Override
  public Optional<String> before(Connection c, String statement) throws SQLException {
    DdlTarget t = DdlTarget.of(statement);
    switch (t.kind()) {
      case CREATE_TABLE:
        return Optional.of(ABSENT); // It fails unless the table is absent (or IF NOT EXISTS).
      case TABLE:
      case VIEW:
        return Optional.of(definition(c, t));
      case IDEMPOTENT:
        return Optional.of("");
      default:
        return Optional.of(UNKNOWN);
    }
  }

  @Override
  public Optional<Boolean> tookEffect(Connection c, String statement, String fingerprint)
      throws SQLException {
    DdlTarget t = DdlTarget.of(statement);
    switch (t.kind()) {
      case CREATE_TABLE:
        return Optional.of(!definition(c, t).equals(ABSENT));
      case TABLE:
      case VIEW:
        return fingerprint.equals(UNKNOWN)
            ? Optional.empty()
            : Optional.of(!definition(c, t).equals(fingerprint));
      case IDEMPOTENT:
        return Optional.of(false); // Running it again does no harm.
      default:
        return Optional.empty();
    }
  }

  /** Returns a hash of the object's definition, or {@code absent} when it does not exist. */
  private static String definition(Connection c, DdlTarget t) throws SQLException {
    String what = t.kind() == DdlTarget.Kind.VIEW ? "VIEW " : "TABLE ";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW CREATE " + what + t.qualifiedName())) {
      if (!rs.next()) {
        return ABSENT;
      }
      String ddl = rs.getString(2);
      // AUTO_INCREMENT=n changes with every insert: it is not part of the definition.
      return sha256(ddl.replaceAll(" AUTO_INCREMENT=\\d+", ""));
    } catch (SQLException e) {
      // 1146: no such table; 4031/1347: not a view. Anything else is a real failure.
      if (e.getErrorCode() == 1146 || e.getErrorCode() == 1347 || e.getErrorCode() == 4031) {
        return ABSENT;
      }
      throw e;
    }
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return Base64.getEncoder().encodeToString(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
