package dev.strata.driver.mysql;

import dev.strata.spi.CleanChecker;
import dev.strata.spi.Dialect;
import dev.strata.spi.Driver;
import dev.strata.spi.Locker;
import dev.strata.spi.RevisionDialect;
import dev.strata.url.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The MySQL/MariaDB driver bound to one URL. The URL's path names the schema (database); an empty
 * path makes it realm-scoped (the whole server). The flavour is read from the server's version
 * string on each connection.
 */
public final class MysqlDriver implements Driver {
  private final DatabaseUrl url;
  private final MysqlConnector connector;
  private final MysqlDialect dialect;
  private final MysqlLocker locker;
  private final MysqlCleanChecker cleanChecker;
  private final MysqlRevisionDialect revisionDialect;
  private final MysqlOutcomeProbe outcomeProbe = new MysqlOutcomeProbe();
  // Learnt from the last connection (Connector/J reads it from the handshake: no round trip);
  // null until then.
  private volatile Flavor flavor;

  /** Returns a driver for {@code url}; opens no connection. */
  public MysqlDriver(DatabaseUrl url) {
    this.url = Objects.requireNonNull(url, "url");
    this.connector = new MysqlConnector(url);
    this.dialect = new MysqlDialect();
    this.locker = new MysqlLocker(this);
    this.cleanChecker = new MysqlCleanChecker(url.schema().orElse(null));
    this.revisionDialect = new MysqlRevisionDialect();
  }

  @Override
  public DatabaseUrl url() {
    return url;
  }

  @Override
  public Connection connect() throws SQLException {
    Connection c = connector.open();
    try {
      flavor = Flavor.of(c.getMetaData().getDatabaseProductVersion());
      return c;
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /**
   * Returns the flavour of the server seen by the last connection; before any connection, the one
   * the URL's scheme suggests ({@code maria://} and {@code mariadb://} are MariaDB).
   */
  public Flavor flavor() {
    Flavor f = flavor;
    if (f != null) {
      return f;
    }
    return url.engine() == DatabaseUrl.Engine.MARIADB ? Flavor.MARIADB : Flavor.MYSQL;
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public Locker locker() {
    return locker;
  }

  @Override
  public CleanChecker cleanChecker() {
    return cleanChecker;
  }

  @Override
  public RevisionDialect revisionDialect() {
    return revisionDialect;
  }

  @Override
  public java.util.Optional<dev.strata.spi.OutcomeProbe> outcomeProbe() {
    return java.util.Optional.of(outcomeProbe);
  }

  @Override
  public String toString() {
    return "MysqlDriver[" + url.redacted() + "]";
  }

  @Override
  public dev.strata.spi.Inspector inspector() {
    return new dev.strata.driver.mysql.schema.MysqlInspector();
  }

  @Override
  public dev.strata.spi.DiffHooks diffHooks() {
    return new dev.strata.driver.mysql.schema.MysqlDiffHooks();
  }

  @Override
  public dev.strata.spi.PlanWriter planWriter() {
    return new dev.strata.driver.mysql.schema.MysqlPlanWriter();
  }
}
