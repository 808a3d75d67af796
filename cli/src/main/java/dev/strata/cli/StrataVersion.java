package dev.strata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version of this build, read from a resource Maven fills in. */
public final class StrataVersion implements CommandLine.IVersionProvider {
  private static final String VERSION = load();

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = StrataVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "development");
  }

  /** Returns the version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    return VERSION;
  }

  /** Returns the text stored in {@code operator_version}: {@code Strata CLI v<version>}. */
  public static String operator() {
    return "Strata CLI v" + VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"strata version v" + VERSION};
  }
}
