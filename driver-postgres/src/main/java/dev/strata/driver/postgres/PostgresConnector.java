package dev.strata.driver.postgres;

import dev.strata.url.DatabaseUrl;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Opens pgjdbc connections for a {@code postgres://} URL. The user and password travel as
 * properties, never inside the JDBC URL (which pgjdbc may log). Query parameters follow lib/pq,
 * which Atlas uses: the connection parameters it knows are mapped to pgjdbc's, every other one is
 * sent as a run-time parameter ({@code -c name=value}), as lib/pq does.
 */
final class PostgresConnector {
  /** Seconds to wait for the TCP connection and the login before failing. */
  static final String DEFAULT_CONNECT_TIMEOUT_SECONDS = "10";

  // lib/pq connection parameters that are not server run-time parameters; those without a pgjdbc
  // equivalent are dropped.
  private static final Set<String> LIBPQ_IGNORED =
      Set.of(
          "host",
          "port",
          "dbname",
          "user",
          "password",
          "fallback_application_name",
          "sslinline",
          "sslsni",
          "krbsrvname",
          "krbspn",
          "binary_parameters",
          "disable_prepared_binary_result",
          "service",
          "passfile",
          "target_session_attrs");

  private final DatabaseUrl url;
  private final String jdbcUrl;
  private final Properties properties;
  private final org.postgresql.Driver jdbcDriver = new org.postgresql.Driver();

  PostgresConnector(DatabaseUrl url) {
    this.url = url;
    String host = url.host().isEmpty() ? "localhost" : url.host();
    int port = url.port() < 0 ? 5432 : url.port();
    this.jdbcUrl =
        "jdbc:postgresql://"
            + host
            + ":"
            + port
            + "/"
            + URLEncoder.encode(url.path(), StandardCharsets.UTF_8).replace("+", "%20");
    this.properties = properties(url);
  }

  private static Properties properties(DatabaseUrl url) {
    Properties p = new Properties();
    if (!url.user().isEmpty()) {
      p.setProperty("user", url.user());
    }
    if (!url.password().isEmpty()) {
      p.setProperty("password", url.password());
    }
    // connectTimeout bounds the TCP connect; socketTimeout bounds each read of the start-up and
    // login, for a server that accepts and then says nothing, and open() clears it once logged
    // in. pgjdbc's loginTimeout would do the second job on a thread of its own per connection,
    // about 0.7 ms of a connect that takes 3 ms.
    p.setProperty("connectTimeout", DEFAULT_CONNECT_TIMEOUT_SECONDS);
    p.setProperty("socketTimeout", DEFAULT_CONNECT_TIMEOUT_SECONDS);
    p.setProperty("tcpKeepAlive", "true");
    StringBuilder options = new StringBuilder();
    for (Map.Entry<String, List<String>> e : url.params().entrySet()) {
      String key = e.getKey();
      String value = e.getValue().get(0);
      switch (key) {
        case "sslmode":
        case "sslrootcert":
        case "sslcert":
        case "sslkey":
          p.setProperty(key, value);
          break;
        case "connect_timeout":
          p.setProperty("connectTimeout", value);
          p.setProperty("socketTimeout", value);
          break;
        case "application_name":
          p.setProperty("ApplicationName", value);
          break;
        case "search_path":
          // Sent as the search_path start-up parameter, exactly as lib/pq sends it: no extra
          // round trip after connecting.
          if (!value.isBlank()) {
            p.setProperty("currentSchema", value);
          }
          break;
        case "options":
          options.append(options.length() > 0 ? " " : "").append(value);
          break;
        default:
          if (!LIBPQ_IGNORED.contains(key)) {
            options
                .append(options.length() > 0 ? " " : "")
                .append("-c ")
                .append(escape(key))
                .append('=')
                .append(escape(value));
          }
      }
    }
    if (options.length() > 0) {
      p.setProperty("options", options.toString());
    }
    return p;
  }

  // In the options string, spaces separate arguments; a backslash escapes a literal space.
  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace(" ", "\\ ");
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
        throw new SQLException("pgjdbc refused the URL " + url.redacted(), "08001");
      }
      try {
        c.setNetworkTimeout(Runnable::run, 0); // Migrations may run for hours.
      } catch (SQLException | RuntimeException e) {
        c.close();
        throw e;
      }
      return c;
    } catch (SQLException e) {
      throw masked(url, timedOut(e));
    }
  }

  // A start-up read that hit socketTimeout: pgjdbc says only "The connection attempt failed."
  private SQLException timedOut(SQLException e) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof java.net.SocketTimeoutException) {
        return new SQLException(
            "connection attempt timed out: the server did not answer within "
                + properties.getProperty("socketTimeout")
                + " s",
            "08001",
            e);
      }
    }
    return e;
  }

  /** Returns {@code e}, or a copy without the password when its message holds it. */
  static SQLException masked(DatabaseUrl url, SQLException e) {
    String message = e.getMessage();
    if (url.password().isEmpty() || !containsPassword(url, e)) {
      return e;
    }
    SQLException copy = new SQLException(url.mask(message), e.getSQLState(), e.getErrorCode());
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
