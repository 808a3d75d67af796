package dev.strata.migrate.dir;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A migration file to be written by {@code migrate new}: its name and its text.
 *
 * @param name the file name inside the directory
 * @param content the text, written as UTF-8
 */
public record NewFile(String name, String content) {
  public NewFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  /** Returns the content encoded as UTF-8, the bytes written to disk and hashed. */
  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
