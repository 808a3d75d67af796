package dev.strata.driver.postgres.schema;

import dev.strata.model.Check;
import dev.strata.model.Function;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import dev.strata.spi.DiffHooks;
import java.util.Set;

/**
 * PostgreSQL's say in the differ. The catalog prints types and expressions canonically, so most
 * comparisons stay strict; leniency is only where the text can differ without meaning anything:
 * white space in view queries and routine bodies, one pair of parentheses around a check.
 * Partitioning attributes count as table attributes, collation as a column attribute.
 */
public final class PostgresDiffHooks implements DiffHooks {
  /** Returns the hooks; they hold no state. */
  public PostgresDiffHooks() {}

  @Override
  public boolean sameCheck(Check from, Check to) {
    return Expressions.squeeze(Expressions.unwrap(from.expr()))
        .equals(Expressions.squeeze(Expressions.unwrap(to.expr())));
  }

  @Override
  public boolean sameView(View from, View to) {
    return from.materialized() == to.materialized()
        && Expressions.squeeze(from.definition()).equals(Expressions.squeeze(to.definition()));
  }

  @Override
  public boolean sameFunction(Function from, Function to) {
    return from.name().equals(to.name())
        && from.arguments().equals(to.arguments())
        && from.definition().strip().equals(to.definition().strip());
  }

  @Override
  public boolean sameTrigger(Trigger from, Trigger to) {
    return from.name().equals(to.name())
        && Expressions.squeeze(from.definition()).equals(Expressions.squeeze(to.definition()));
  }

  @Override
  public Set<String> tableAttrs() {
    return Set.of("comment", "partition_by", "partition_of", "partition_bound");
  }

  @Override
  public Set<String> columnAttrs() {
    return Set.of("comment", "collate");
  }
}
