package dev.strata.spi.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads catalog queries kept as {@code .sql} resources beside a driver's classes. */
public final class SqlResources {
  private SqlResources() {}

  /**
   * Returns the text of resource {@code name} beside {@code anchor} (UTF-8) without a trailing semicolon or blank lines.
   *
   * @throws IllegalStateException when the resource is missing (a packaging error)
   */
  public static String load(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
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
