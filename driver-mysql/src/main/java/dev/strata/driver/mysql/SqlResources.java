package dev.strata.driver.mysql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the catalog queries kept as {@code .sql} resources beside the classes of this package. */
final class SqlResources {
  private SqlResources() {}

  /**
   * Returns the text of resource {@code name} (UTF-8) without a trailing semicolon or blank lines.
   *
   * @throws IllegalStateException when the resource is missing (a packaging error)
   */
  static String load(String name) {
    try (InputStream in = SqlResources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing SQL resource " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("reading SQL resource " + name, e);
    }
  }
}
