package dev.strata.driver.mysql;

import java.util.Locale;

/** The server families the MySQL driver speaks to. */
public enum Flavor {
  MYSQL,
  MARIADB;

  /** Returns the flavour a server version string names ({@code 10.11.6-MariaDB-...} is MariaDB). */
  public static Flavor of(String serverVersion) {
    return serverVersion != null && serverVersion.toLowerCase(Locale.ROOT).contains("mariadb")
        ? MARIADB
        : MYSQL;
  }
}
