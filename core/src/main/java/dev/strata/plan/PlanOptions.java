package dev.strata.plan;

/**
 * How a plan is rendered.
 *
 * @param qualify true to schema-qualify object names (realm-scoped targets)
 * @param qualifier the schema name to qualify with instead of the model's (Atlas's {@code
 *     --qualifier}), or null
 * @param indent the indentation of CREATE TABLE bodies ({@code "  "} in Atlas's output), or empty
 *     for one-line statements
 */
public record PlanOptions(boolean qualify, String qualifier, String indent) {
  /** Unqualified names, indented bodies: what a schema-scoped URL gets. */
  public static PlanOptions unqualified() {
    return new PlanOptions(false, null, "  ");
  }

  /** Schema-qualified names, indented bodies: what a realm-scoped URL gets. */
  public static PlanOptions qualified() {
    return new PlanOptions(true, null, "  ");
  }
}
