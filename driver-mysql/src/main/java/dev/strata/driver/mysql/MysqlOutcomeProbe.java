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
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Judges whether an interrupted MySQL/MariaDB DDL statement took effect by comparing the
 * definition of the object it changes ({@code SHOW CREATE TABLE/VIEW}) before and after. MariaDB
 * 10.6+ and MySQL 8 make single DDL statements atomic, so the object is either as before or as
 * the statement left it. Statements it cannot judge get the fingerprint {@code ?}: the engine
 * then stops and asks a person rather than guess and run a statement twice.
 *
 * <p>Statements that create a name which must not exist yet, {@code CREATE TABLE t}, {@code CREATE
 * INDEX i ON t} and {@code ALTER TABLE t ADD COLUMN c [, ADD COLUMN d ...]}, are judged by whether
 * the name exists: fingerprint {@code absent}, taken without a query. That is sound because each
 * fails when the name exists (errors 1050, 1061, 1060): if the name exists after a crash, either
 * this statement made it, or it existed before and the statement failed. The second case needs the
 * crash to fall between the failure and the failure's record (MariaDB commits the in-flight record
 * before it finds the name taken); the next run then counts the failed statement as applied, and
 * the name holds an object the file did not define. That window, one round trip with no statement
 * running, is the price of not reading the table before every such statement, and CREATE TABLE has
 * always had it. {@code IF NOT EXISTS} and {@code OR REPLACE} succeed with the name present, so an
 * existing name tells nothing about the rest of the statement: those, and ALTERs with any other
 * clause, compare the table's definition.
 */
final class MysqlOutcomeProbe implements OutcomeProbe {
  static final String UNKNOWN = "?";
  static final String ABSENT = "absent";

  @Override
  public Optional<String> before(Connection c, String statement) throws SQLException {
    DdlTarget t = DdlTarget.of(statement);
    switch (t.kind()) {
      case CREATE_TABLE:
        return Optional.of(ABSENT); // It fails unless the table is absent (or IF NOT EXISTS).
      case CREATE_INDEX:
      case ADD_COLUMNS:
        return Optional.of(ABSENT); // They fail unless the index or every column is absent.
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
      case CREATE_INDEX:
      case ADD_COLUMNS:
        if (!fingerprint.equals(ABSENT)) {
          // Recorded as a definition hash (by a Strata that compared definitions for these).
          return Optional.of(!definition(c, t).equals(fingerprint));
        }
        return existing(c, t);
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

  @Override
  public boolean canTell(String fingerprint) {
    return !fingerprint.equals(UNKNOWN);
  }

  @Override
  public Optional<String> fingerprintWithoutLooking(String statement) {
    switch (DdlTarget.of(statement).kind()) {
      case CREATE_TABLE:
      case CREATE_INDEX:
      case ADD_COLUMNS:
        return Optional.of(ABSENT); // Each creates a name no later statement of the kind removes.
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns true when every name of {@code t} (the index, or the added columns) exists in its
   * table, false when none does, and empty when only some do: an atomic statement cannot leave
   * that, so something else changed the table.
   */
  private static Optional<Boolean> existing(Connection c, DdlTarget t) throws SQLException {
    boolean index = t.kind() == DdlTarget.Kind.CREATE_INDEX;
    Set<String> present = new HashSet<>();
    // Index and column names are case-insensitive in MySQL and MariaDB.
    String sql = (index ? "SHOW INDEX FROM " : "SHOW COLUMNS FROM ") + t.qualifiedName();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        present.add(rs.getString(index ? "Key_name" : "Field").toLowerCase(Locale.ROOT));
      }
    } catch (SQLException e) {
      if (e.getErrorCode() != 1146) {
        throw e;
      }
      // No such table: neither the index nor the columns exist.
    }
    int found = 0;
    for (String name : t.names()) {
      if (present.contains(name.toLowerCase(Locale.ROOT))) {
        found++;
      }
    }
    if (found == 0 || found == t.names().size()) {
      return Optional.of(found > 0);
    }
    return Optional.empty();
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
