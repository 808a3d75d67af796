package dev.strata.spi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells whether an interrupted statement took effect, for engines whose DDL commits implicitly
 * (MySQL, MariaDB): there a statement and the revision update that records it cannot share a
 * transaction, so a crash between the two leaves the outcome unknown. Before such a statement the
 * engine records a fingerprint; after a crash, the next run asks the probe.
 */
public interface OutcomeProbe {
  /**
   * Returns a fingerprint of what {@code statement} will change, taken before it runs, or empty
   * when the probe cannot judge this kind of statement. An empty string is a valid fingerprint
   * (for example "the object does not exist yet").
   */
  Optional<String> before(Connection c, String statement) throws SQLException;

  /**
   * Returns whether {@code statement} took effect, given the fingerprint taken before it ran, or
   * empty when that cannot be told.
   */
  Optional<Boolean> tookEffect(Connection c, String statement, String fingerprint)
      throws SQLException;

  /**
   * Returns whether {@link #tookEffect} can answer for a statement recorded with {@code
   * fingerprint}. In tx-mode file the engine then leaves the statement in flight until its next
   * revision write, instead of recording its outcome with a write and a commit of their own: a
   * crash in between is judged by the probe. For a statement the probe cannot judge, the engine
   * records the outcome at once, so that a person is asked only after a crash in the shortest
   * window.
   */
  default boolean canTell(String fingerprint) {
    return true;
  }

  /**
   * Returns the fingerprint {@link #before} gives {@code statement} when it needs no look at the
   * database, else empty. Such a fingerprint can be taken before the statements ahead of it have
   * run, so the engine puts a run of consecutive such statements in flight with one revision write
   * and, after a crash, asks {@link #tookEffect} about them in order. That is sound only for
   * statements that fail unless they leave something the probe sees and that nothing later in the
   * run can remove: statements that create a new name.
   */
  default Optional<String> fingerprintWithoutLooking(String statement) {
    return Optional.empty();
  }
}
