package dev.strata.driver.postgres.schema;

import dev.strata.plan.PlanOptions;

/**
 * How a plan names schema objects: quoted, and schema-qualified when {@link PlanOptions#qualify()}
 * says so, with {@link PlanOptions#qualifier()} standing in for the schema of the changed objects.
 */
final class Names {
  private final boolean qualify;
  private final String qualifier;

  private Names(boolean qualify, String qualifier) {
    this.qualify = qualify;
    this.qualifier = qualifier;
  }

  /** Returns the naming {@code options} ask for. */
  static Names of(PlanOptions options) {
    return new Names(options.qualify(), options.qualifier());
  }

  /** Returns a naming that never qualifies. */
  static Names unqualified() {
    return new Names(false, null);
  }

  /** Returns the schema name written for objects of {@code schema}. */
  String schema(String schema) {
    return Identifiers.quote(qualifier != null && !qualifier.isEmpty() ? qualifier : schema);
  }

  /** Returns object {@code name} of schema {@code schema}, qualified when the plan qualifies. */
  String of(String schema, String name) {
    return qualify ? schema(schema) + "." + Identifiers.quote(name) : Identifiers.quote(name);
  }

  /**
   * Returns the object {@code name} of schema {@code refSchema} as referred to from an object of
   * schema {@code from}: another schema's objects are always qualified, with their own schema.
   */
  String ref(String from, String refSchema, String name) {
    if (refSchema == null || refSchema.isEmpty() || refSchema.equals(from)) {
      return of(from, name);
    }
    return Identifiers.quote(refSchema) + "." + Identifiers.quote(name);
  }

  /**
   * Returns {@code text} with the first {@code "<marker>"} followed by {@code quoted} (an object's
   * quoted unqualified name, as the inspector stores it in definitions) replaced by the plan's name
   * for it; {@code text} unchanged when the plan does not qualify or the name is not found.
   */
  String requalify(String text, String marker, String schema, String name) {
    String stored = marker + Identifiers.quote(name);
    int at = text.indexOf(stored);
    if (!qualify || at < 0) {
      return text;
    }
    return text.substring(0, at) + marker + of(schema, name) + text.substring(at + stored.length());
  }
}
