package dev.strata.url;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed database URL ({@code driver://[user[:pass]@]host[:port]/[path][?params]}), with the
 * scope rules of Atlas: MySQL/MariaDB are schema-scoped by their path, PostgreSQL by
 * {@code search_path}, SQLite always by {@code main}. {@link #toString()} and {@link #redacted()}
 * never show the password.
 */
public final class DatabaseUrl {
  /** The password placeholder used in every printed URL. */
  public static final String MASK = "xxxxx";

  private final String raw;
  private final String scheme;
  private final Engine engine;
  private final String user;
  private final String password;
  private final String host;
  private final int port;
  private final String path;
  private final Map<String, List<String>> query;
  private final String rawQuery;

  private DatabaseUrl(
      String raw,
      String scheme,
      Engine engine,
      String user,
      String password,
      String host,
      int port,
      String path,
      String rawQuery) {
    this.raw = raw;
    this.scheme = scheme;
    this.engine = engine;
    this.user = user;
    this.password = password;
    this.host = host;
    this.port = port;
    this.path = path;
    this.rawQuery = rawQuery;
    this.query = QueryString.parse(rawQuery);
  }

  /** The database engines a URL can name. */
  public enum Engine {
    SQLITE("sqlite"),
    POSTGRES("postgres"),
    MYSQL("mysql"),
    MARIADB("mysql");

    private final String driverName;

    Engine(String driverName) {
      this.driverName = driverName;
    }

    /** Returns Atlas's driver name ("sqlite", "postgres" or "mysql"), as shown in JSON output. */
    public String driverName() {
      return driverName;
    }
  }

  /**
   * Returns the parsed URL.
   *
   * @throws StrataException with {@link ErrorCode#BAD_URL} and Atlas's wording for a missing or
   *     unknown driver, and with a hint for {@code docker://} URLs
   */
  public static DatabaseUrl parse(String url) {
    if (url == null || url.isBlank()) {
      throw new StrataException(ErrorCode.BAD_URL, "sql/sqlclient: missing driver. See: https://atlasgo.io/url");
    }
    int sep = url.indexOf("://");
    if (sep <= 0) {
      throw new StrataException(ErrorCode.BAD_URL, "sql/sqlclient: missing driver. See: https://atlasgo.io/url");
    }
    String scheme = url.substring(0, sep).toLowerCase(Locale.ROOT);
    Engine engine = engineOf(scheme, url);
    String rest = url.substring(sep + 3);
    String rawQuery = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      rawQuery = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    if (engine == Engine.SQLITE) {
      // SQLite: everything between the scheme and the query is the file path (or memory name).
      return new DatabaseUrl(url, scheme, engine, "", "", "", -1, rest, rawQuery);
    }
    String user = "";
    String password = "";
    int at = rest.lastIndexOf('@', rest.indexOf('/') < 0 ? rest.length() : indexOfPathAfterUserInfo(rest));
    if (at >= 0) {
      String info = rest.substring(0, at);
      rest = rest.substring(at + 1);
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? "" : decode(info.substring(colon + 1));
    }
    String hostPort = rest;
    String path = "";
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      hostPort = rest.substring(0, slash);
      path = rest.substring(slash + 1);
    }
    String host = hostPort;
    int port = -1;
    int colon = hostPort.lastIndexOf(':');
    if (colon >= 0 && !hostPort.endsWith("]")) {
      host = hostPort.substring(0, colon);
      String p = hostPort.substring(colon + 1);
      if (!p.isEmpty()) {
        try {
          port = Integer.parseInt(p);
        } catch (NumberFormatException e) {
          throw new StrataException(
              ErrorCode.BAD_URL,
              "invalid port \"" + p + "\" in URL " + maskIn(url, password));
        }
      }
    }
    return new DatabaseUrl(url, scheme, engine, user, password, host, port, decode(path), rawQuery);
  }

  // The user info ends at the last '@' before the first '/' that follows it; a password may hold
  // a '/' so we look for the '@' first.
  private static int indexOfPathAfterUserInfo(String rest) {
    int at = rest.lastIndexOf('@');
    if (at < 0) {
      return rest.length();
    }
    int slash = rest.indexOf('/', at);
    return slash < 0 ? rest.length() : slash;
  }

  private static Engine engineOf(String scheme, String url) {
    switch (scheme) {
      case "sqlite":
      case "sqlite3":
        return Engine.SQLITE;
      case "postgres":
      case "postgresql":
        return Engine.POSTGRES;
      case "mysql":
        return Engine.MYSQL;
      case "maria":
      case "mariadb":
        return Engine.MARIADB;
      default:
        if (scheme.equals("docker") || scheme.startsWith("docker+")) {
          throw new StrataException(
              ErrorCode.BAD_URL,
              "docker:// URLs are not supported: Strata does not start containers. Pass the URL of an"
                  + " empty database you own instead (for example"
                  + " \"postgres://postgres@127.0.0.1:5432/dev?search_path=public&sslmode=disable\","
                  + " \"mysql://root@127.0.0.1:3306/dev\"), or \"sqlite://dev?mode=memory\" for SQLite");
        }
        throw new StrataException(
            ErrorCode.BAD_URL, "sql/sqlclient: unknown driver \"" + scheme + "\". See: https://atlasgo.io/url");
    }
  }

  private static String decode(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
      return s;
    }
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static String maskIn(String text, String password) {
    return password == null || password.isEmpty() ? text : text.replace(password, MASK);
  }

  /** Returns the URL as written by the user, password included: never print this. */
  public String raw() {
    return raw;
  }

  /** Returns the scheme as written, lower-cased ("maria", "postgresql", ...). */
  public String scheme() {
    return scheme;
  }

  public Engine engine() {
    return engine;
  }

  /** Returns the user name, or empty. */
  public String user() {
    return user;
  }

  /** Returns the password, or empty. Callers must never print it. */
  public String password() {
    return password;
  }

  /** Returns the host, or empty (SQLite). */
  public String host() {
    return host;
  }

  /** Returns the port, or -1 when the URL names none. */
  public int port() {
    return port;
  }

  /**
   * Returns the path without its leading slash: the database (PostgreSQL), schema (MySQL) or file
   * (SQLite).
   */
  public String path() {
    return path;
  }

  /** Returns the raw query string without '?', or empty. */
  public String rawQuery() {
    return rawQuery;
  }

  /** Returns the first value of a query parameter. */
  public Optional<String> param(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Returns all query parameters in the order written; unmodifiable. */
  public Map<String, List<String>> params() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  /**
   * Returns the schema this URL is scoped to, or empty when it is realm-scoped (a whole MySQL
   * server, or every schema of a PostgreSQL database). SQLite is always scoped to {@code main}.
   */
  public Optional<String> schema() {
    switch (engine) {
      case SQLITE:
        return Optional.of("main");
      case POSTGRES:
        return param("search_path").filter(s -> !s.isBlank());
      default:
        return path.isEmpty() ? Optional.empty() : Optional.of(path);
    }
  }

  /** Returns true when SQLite is asked to hold the database in memory. */
  public boolean inMemory() {
    return engine == Engine.SQLITE && "memory".equals(param("mode").orElse(""));
  }

  /** Returns a copy of this URL whose path (database or schema) is replaced. */
  public DatabaseUrl withPath(String newPath) {
    return parse(redactedWith(password, newPath));
  }

  /** Returns the URL with the password replaced by {@value #MASK}: the only form to print. */
  public String redacted() {
    return redactedWith(password.isEmpty() ? "" : MASK, path);
  }

  /** Replaces every occurrence of this URL's password in {@code text} with {@value #MASK}. */
  public String mask(String text) {
    if (text == null || password.isEmpty()) {
      return text;
    }
    return text.replace(password, MASK);
  }

  private String redactedWith(String pass, String newPath) {
    StringBuilder b = new StringBuilder(scheme).append("://");
    if (engine == Engine.SQLITE) {
      b.append(newPath);
    } else {
      if (!user.isEmpty() || !pass.isEmpty()) {
        b.append(QueryString.encodeUserInfo(user));
        if (!pass.isEmpty()) {
          b.append(':').append(pass.equals(MASK) ? MASK : QueryString.encodeUserInfo(pass));
        }
        b.append('@');
      }
      b.append(host);
      if (port >= 0) {
        b.append(':').append(port);
      }
      b.append('/').append(newPath);
    }
    if (!rawQuery.isEmpty()) {
      b.append('?').append(rawQuery);
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return redacted();
  }
}
