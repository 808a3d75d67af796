package dev.strata.model;

import java.util.List;
import java.util.Optional;

/**
 * A database's schemas as inspected or desired: the root of the schema model. Immutable; objects
 * refer to each other by name, never by pointer.
 */
public record Realm(List<Schema> schemas) {
  public Realm {
    schemas = List.copyOf(schemas);
  }

  /** Returns the schema named {@code name}, or empty. */
  public Optional<Schema> schema(String name) {
    return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
