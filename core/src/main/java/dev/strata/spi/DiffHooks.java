package dev.strata.spi;

import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.Function;
import dev.strata.model.Index;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import java.util.Set;

/**
 * The dialect's say in the generic differ: when two objects of the model are the same although
 * their text differs (equivalent defaults, expressions the catalog rewrites), and which table
 * attributes count. Every method has the strict default.
 */
public interface DiffHooks {
  default boolean sameType(Column from, Column to) {
    return from.type().equals(to.type());
  }

  default boolean sameDefault(Column from, Column to) {
    return java.util.Objects.equals(from.defaultValue(), to.defaultValue());
  }

  default boolean sameIndex(Index from, Index to) {
    return from.equals(to);
  }

  default boolean sameCheck(Check from, Check to) {
    return from.expr().equals(to.expr());
  }

  default boolean sameView(View from, View to) {
    return from.equals(to);
  }

  default boolean sameFunction(Function from, Function to) {
    return from.equals(to);
  }

  default boolean sameTrigger(Trigger from, Trigger to) {
    return from.equals(to);
  }

  /** Returns the table attributes the differ compares (others are informational). */
  default Set<String> tableAttrs() {
    return Set.of("comment");
  }

  /** Returns the column attributes the differ compares. */
  default Set<String> columnAttrs() {
    return Set.of("comment");
  }
}
