package dev.strata.driver.mysql;

import dev.strata.url.DatabaseUrl;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens MariaDB Connector/J connections (for MySQL and MariaDB servers alike) for a MySQL URL. The
 * user and password travel as properties, never inside the JDBC URL. Query parameters follow
 * go-sql-driver/mysql, which Atlas uses: its known parameters are mapped to Connector/J's, every
 * other one becomes a session variable, as go-sql-driver does.
 *
 * <p>Connector/J always announces CLIENT_IGNORE_SPACE, which makes the server add IGNORE_SPACE to
 * the session's sql_mode (function names become reserved words, so {@code CREATE TABLE count}
 * fails). The session's sql_mode is therefore reset to the server's global value in the
 * connection's initial SET, which costs no extra round trip.
 */
final class MysqlConnector {
  /** Milliseconds to wait for the TCP connection and the handshake before failing. */
  static final String DEFAULT_CONNECT_TIMEOUT_MILLIS = "10000";

  // go-sql-driver DSN parameters that are not session variables; those without a Connector/J
  // equivalent are dropped.
  private static final Set<String> GO_MYSQL_PARAMS =
      Set.of(
          "allowAllFiles",
          "allowCleartextPasswords",
          "allowFallbackToPlaintext",
          "allowNativePasswords",
          "allowOldPasswords",
          "charset",
          "checkConnLiveness",
          "collation",
          "clientFoundRows",
          "columnsWithAlias",
          "interpolateParams",
          "loc",
          "timeTruncate",
          "maxAllowedPacket",
          "multiStatements",
          "parseTime",
          "readTimeout",
          "rejectReadOnly",
          "serverPubKey",
          "timeout",
          "tls",
          "writeTimeout",
          "connectionAttributes",
          "database");

  private static final Pattern GO_DURATION_PART =
      Pattern.compile("([0-9]*\\.?[0-9]+)(ns|us|µs|ms|s|m|h)");

  private final DatabaseUrl url;
  private final String jdbcUrl;
  private final Properties properties;
  private final org.mariadb.jdbc.Driver jdbcDriver = new org.mariadb.jdbc.Driver();

  MysqlConnector(DatabaseUrl url) {
    this.url = url;
    String host = url.host().isEmpty() ? "127.0.0.1" : url.host();
    int port = url.port() < 0 ? 3306 : url.port();
    String schema = url.schema().orElse(url.param("database").orElse(""));
    this.jdbcUrl = "jdbc:mariadb://" + host + ":" + port + "/" + schema;
    this.properties = properties(url);
  }

  private static Properties properties(DatabaseUrl url) {
    Properties p = new Properties();
    p.setProperty("user", url.user());
    p.setProperty("password", url.password());
    p.setProperty("connectTimeout", DEFAULT_CONNECT_TIMEOUT_MILLIS);
    p.setProperty("tcpKeepAlive", "true");
    // Keep the server's sql_mode: no STRICT_TRANS_TABLES forced by the connector.
    p.setProperty("jdbcCompliantTruncation", "false");
    // go-sql-driver fetches the server's RSA key for caching_sha2_password without TLS.
    p.setProperty("allowPublicKeyRetrieval", "true");
    StringJoiner session = new StringJoiner(",");
    session.add("sql_mode=@@GLOBAL.sql_mode");
    for (Map.Entry<String, List<String>> e : url.params().entrySet()) {
      String key = e.getKey();
      String value = e.getValue().get(0);
      switch (key) {
        case "tls":
          tls(p, value);
          break;
        case "timeout":
          p.setProperty("connectTimeout", String.valueOf(goDurationMillis(value)));
          break;
        case "readTimeout":
          p.setProperty("socketTimeout", String.valueOf(goDurationMillis(value)));
          break;
        default:
          if (!GO_MYSQL_PARAMS.contains(key) && key.matches("[A-Za-z0-9_@.]+")) {
            session.add(key + "=" + value);
          }
      }
    }
    p.setProperty("sessionVariables", session.toString());
    return p;
  }

  private static void tls(Properties p, String value) {
    switch (value) {
      case "true":
        p.setProperty("sslMode", "verify-full");
        break;
      case "skip-verify":
      case "preferred":
        p.setProperty("sslMode", "trust");
        break;
      default:
        p.setProperty("sslMode", "disable");
    }
  }

  /** Returns a Go duration ("10s", "1m30s", "500ms") in milliseconds; a bare number is seconds. */
  static long goDurationMillis(String value) {
    if (value.matches("[0-9]+")) {
      return Long.parseLong(value) * 1000;
    }
    Matcher m = GO_DURATION_PART.matcher(value);
    BigDecimal nanos = BigDecimal.ZERO;
    int end = 0;
    while (m.find() && m.start() == end) {
      end = m.end();
      long unit;
      switch (m.group(2)) {
        case "ns":
          unit = 1L;
          break;
        case "us":
        case "µs":
          unit = 1_000L;
          break;
        case "ms":
          unit = 1_000_000L;
          break;
        case "s":
          unit = 1_000_000_000L;
          break;
        case "m":
          unit = 60_000_000_000L;
          break;
        default:
          unit = 3_600_000_000_000L;
      }
      nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)));
    }
    if (end != value.length() || end == 0) {
      throw new IllegalArgumentException("invalid duration \"" + value + "\"");
    }
    return nanos.divide(BigDecimal.valueOf(1_000_000)).longValue();
  }

  /**
   * Returns a new connection in auto-commit mode.
   *
   * @throws SQLException when connecting fails; its message never holds the URL's password
   */
  Connection open() throws SQLException {
    try {
      Connection c = jdbcDriver.connect(jdbcUrl, properties);
      if (c == null) {
        throw new SQLException("Connector/J refused the URL " + url.redacted(), "08001");
      }
      return c;
    } catch (SQLException e) {
      throw masked(url, e);
    }
  }

  /** Returns {@code e}, or a copy without the password when its message holds it. */
  static SQLException masked(DatabaseUrl url, SQLException e) {
    if (url.password().isEmpty() || !containsPassword(url, e)) {
      return e;
    }
    SQLException copy =
        new SQLException(url.mask(e.getMessage()), e.getSQLState(), e.getErrorCode());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  private static boolean containsPassword(DatabaseUrl url, Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String m = c.getMessage();
      if (m != null && m.contains(url.password())) {
        return true;
      }
    }
    return false;
  }
}
