package dev.strata.migrate.exec;

import java.util.List;

/**
 * What {@code migrate set} changed.
 *
 * @param current the version the revisions now end at; empty when every revision was deleted
 * @param changes the rows set or removed, sorted by version; empty when nothing changed
 */
public record SetResult(String current, List<Change> changes) {
  public SetResult {
    changes = List.copyOf(changes);
  }

  /** One changed row: {@code removed} false means it was set (inserted or resolved). */
  public record Change(String version, String description, boolean removed) {}

  /** Returns how many rows were set. */
  public long setCount() {
    return changes.stream().filter(c -> !c.removed()).count();
  }

  /** Returns how many rows were removed. */
  public long removedCount() {
    return changes.stream().filter(Change::removed).count();
  }
}
