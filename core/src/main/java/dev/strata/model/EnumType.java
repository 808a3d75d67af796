package dev.strata.model;

import java.util.List;

/** A PostgreSQL enum type with its labels in order. */
public record EnumType(String name, List<String> values) {
  public EnumType {
    values = List.copyOf(values);
  }
}
