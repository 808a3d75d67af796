package dev.strata.devdb;

import dev.strata.diff.Differ;
import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.model.change.SchemaChange;
import dev.strata.spi.DiffHooks;
import java.util.List;
import java.util.Optional;

/**
 * Compares two states with Atlas's scope rules: two schema-scoped states compare their single
 * schemas whatever their names (the dev database's schema against the target's), two realms
 * compare schema by schema; a realm and a schema compare when the realm holds one schema.
 */
public final class StateDiff {
  private StateDiff() {}

  /**
   * Returns the changes from {@code from} to {@code to}; schema-scoped changes are placed in the
   * schema of {@code from} (the database being changed).
   */
  public static List<SchemaChange> changes(
      StateLoader.State from, StateLoader.State to, DiffHooks hooks) {
    boolean fromScoped = from.schema().isPresent();
    boolean toScoped = to.schema().isPresent();
    if (!fromScoped && !toScoped) {
      return Differ.diff(from.realm(), to.realm(), hooks);
    }
    Schema a = single(from, to.schema().isPresent() ? "schema" : "realm");
    Schema b = single(to, "schema");
    String as = from.schema().orElse(a.name());
    return Differ.diffSchemas(a, b, hooks, as);
  }

  /** Returns true when the statements of a plan for {@code target} are schema-qualified. */
  public static boolean qualified(StateLoader.State target) {
    return target.schema().isEmpty();
  }

  private static Schema single(StateLoader.State s, String what) {
    Realm r = s.realm();
    Optional<String> name = s.schema();
    if (name.isPresent()) {
      return r.schema(name.get()).orElse(Schema.empty(name.get()));
    }
    if (r.schemas().size() == 1) {
      return r.schemas().get(0);
    }
    throw new StrataException(
        ErrorCode.USAGE,
        "cannot diff a schema with a database connection of "
            + r.schemas().size()
            + " schemas: add a schema to the URL to limit the scope of the connection");
  }
}
