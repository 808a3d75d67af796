package dev.strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The training run behind the launcher's class-data archive (see the {@code strata} script): run
 * with {@code -XX:DumpLoadedClassList}, it records the classes a {@code migrate status} loads,
 * against a throw-away SQLite database, and then the classes of the PostgreSQL and MariaDB JDBC
 * drivers, which a training run cannot reach by connecting because no server need be there. A
 * cold connection of either driver otherwise loads and verifies some 400 classes from the jar
 * (about a third of a whole {@code migrate status}). The classes are loaded, not initialised: no
 * driver code runs.
 */
public final class CdsTraining {
  /** Packages of the JDBC drivers the archive covers, as jar-entry prefixes. */
  static final List<String> DRIVER_PACKAGES =
      List.of("org/postgresql/", "org/mariadb/jdbc/", "dev/strata/driver/");

  private CdsTraining() {}

  /**
   * Runs {@code migrate status --url sqlite://<dir>/train.db --dir file://<dir>} and then loads the
   * driver classes of the jar this class was loaded from. Exits 0 unless the status failed.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CdsTraining <directory with migrations and atlas.sum>");
      System.exit(2);
    }
    Path dir = Path.of(args[0]).toAbsolutePath();
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    int code =
        Main.run(
            new String[] {
              "migrate", "status", "--url", "sqlite://" + dir.resolve("train.db"), "--dir", "file://" + dir
            },
            none,
            none,
            Map.of(),
            dir);
    Path jar = ownJar();
    if (jar != null) {
      loadClasses(jar, DRIVER_PACKAGES, CdsTraining.class.getClassLoader());
    }
    exerciseNetworkClasses();
    System.exit(code);
  }

  /**
   * Loads, without initialising, every class of {@code jar} whose entry starts with one of {@code
   * prefixes}; classes that cannot be linked here (optional dependencies missing) are skipped.
   * Returns how many were loaded.
   */
  static int loadClasses(Path jar, List<String> prefixes, ClassLoader loader) throws IOException {
    List<String> names = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (name.endsWith(".class") && !name.startsWith("META-INF/") && prefixes.stream().anyMatch(name::startsWith)) {
          names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        }
      }
    }
    int loaded = 0;
    for (String name : names) {
      try {
        Class.forName(name, false, loader);
        loaded++;
      } catch (ClassNotFoundException | LinkageError e) {
        // An optional dependency of the driver (Kerberos, JNA, OSGi...) is not on the class path.
      }
    }
    return loaded;
  }

  // What a server connection touches in the JDK and SQLite does not: a TCP round trip on the
  // loopback interface with the socket options the drivers set, and java.util.logging, which
  // pgjdbc logs through.
  private static void exerciseNetworkClasses() throws IOException {
    java.util.logging.Logger.getLogger("org.postgresql").isLoggable(java.util.logging.Level.FINE);
    java.net.InetAddress loopback = java.net.InetAddress.getLoopbackAddress();
    try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, loopback);
        java.net.Socket client = new java.net.Socket()) {
      client.setTcpNoDelay(true);
      client.setKeepAlive(true);
      client.connect(new java.net.InetSocketAddress(loopback, server.getLocalPort()), 2000);
      try (java.net.Socket accepted = server.accept()) {
        client.getOutputStream().write(1);
        client.getOutputStream().flush();
        accepted.getInputStream().read();
      }
    }
  }

  // The jar this class came from, or null when it runs from a classes folder (tests, the IDE).
  private static Path ownJar() {
    try {
      Path p = Path.of(CdsTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(p) ? p : null;
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return null;
    }
  }
}
