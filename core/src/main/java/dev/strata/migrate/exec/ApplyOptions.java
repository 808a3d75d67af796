package dev.strata.migrate.exec;

import java.time.Duration;

/**
 * What an apply run should do; built once and validated by the executor.
 *
 * @param amount the most files to apply; 0 means all
 * @param txMode the global transaction mode
 * @param execOrder what to do with files added out of order
 * @param baseline the baseline version for a first run, or null
 * @param allowDirty accept a non-clean database on a first run
 * @param toVersion apply up to and including this version, or null
 * @param dryRun print what would run, execute nothing
 * @param lockTimeout how long to wait for the migration lock
 * @param revisionsSchema the {@code --revisions-schema} value, or null
 * @param operatorVersion the text stored in {@code operator_version}
 * @param maxReconnects how many times a lost connection is re-opened within one run
 */
public record ApplyOptions(
    int amount,
    TxMode txMode,
    ExecOrder execOrder,
    String baseline,
    boolean allowDirty,
    String toVersion,
    boolean dryRun,
    Duration lockTimeout,
    String revisionsSchema,
    String operatorVersion,
    int maxReconnects) {

  /** Returns Atlas's defaults: all files, tx-mode file, linear, 10s lock timeout. */
  public static ApplyOptions defaults() {
    return new ApplyOptions(
        0, TxMode.FILE, ExecOrder.LINEAR, null, false, null, false, Duration.ofSeconds(10), null,
        "Strata", 3);
  }

  public ApplyOptions withAmount(int v) {
    return new ApplyOptions(v, txMode, execOrder, baseline, allowDirty, toVersion, dryRun, lockTimeout, revisionsSchema, operatorVersion, maxReconnects);
  }

  public ApplyOptions withTxMode(TxMode v) {
    return new ApplyOptions(amount, v, execOrder, baseline, allowDirty, toVersion, dryRun, lockTimeout, revisionsSchema, operatorVersion, maxReconnects);
  }

  public ApplyOptions withExecOrder(ExecOrder v) {
    return new ApplyOptions(amount, txMode, v, baseline, allowDirty, toVersion, dryRun, lockTimeout, revisionsSchema, operatorVersion, maxReconnects);
  }

  public ApplyOptions withBaseline(String v) {
    return new ApplyOptions(amount, txMode, execOrder, v, allowDirty, toVersion, dryRun, lockTimeout, revisionsSchema, operatorVersion, maxReconnects);
  }

  public ApplyOptions withAllowDirty(boolean v) {
    return new ApplyOptions(amount, txMode, execOrder, baseline, v, toVersion, dryRun, lockTimeout, revisionsSchema, operatorVersion, maxReconnects);
  }

  public ApplyOptions withToVersion(String v) {
    return new ApplyOptions(amount, txMode, execOrder, baseline, allowDirty, v, dryRun, lockTimeout, revisionsSchema, operatorVersion, maxReconnects);
  }

  public ApplyOptions withDryRun(boolean v) {
    return new ApplyOptions(amount, txMode, execOrder, baseline, allowDirty, toVersion, v, lockTimeout, revisionsSchema, operatorVersion, maxReconnects);
  }

  public ApplyOptions withLockTimeout(Duration v) {
    return new ApplyOptions(amount, txMode, execOrder, baseline, allowDirty, toVersion, dryRun, v, revisionsSchema, operatorVersion, maxReconnects);
  }

  public ApplyOptions withRevisionsSchema(String v) {
    return new ApplyOptions(amount, txMode, execOrder, baseline, allowDirty, toVersion, dryRun, lockTimeout, v, operatorVersion, maxReconnects);
  }

  public ApplyOptions withOperatorVersion(String v) {
    return new ApplyOptions(amount, txMode, execOrder, baseline, allowDirty, toVersion, dryRun, lockTimeout, revisionsSchema, v, maxReconnects);
  }

  public ApplyOptions withMaxReconnects(int v) {
    return new ApplyOptions(amount, txMode, execOrder, baseline, allowDirty, toVersion, dryRun, lockTimeout, revisionsSchema, operatorVersion, v);
  }
}
