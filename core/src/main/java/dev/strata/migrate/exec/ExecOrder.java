package dev.strata.migrate.exec;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;

/** What to do with files added before the last applied version (atlas-compat.md §4.3). */
public enum ExecOrder {
  /** Refuse to run when a file was added out of order (the default). */
  LINEAR("linear"),
  /** Ignore files added out of order, forever. */
  LINEAR_SKIP("linear-skip"),
  /** Run files added out of order before the other pending files. */
  NON_LINEAR("non-linear");

  private final String flag;

  ExecOrder(String flag) {
    this.flag = flag;
  }

  /** Returns the flag spelling. */
  public String flag() {
    return flag;
  }

  /** Returns the order named {@code value} (flag spelling, or the HCL enum LINEAR_SKIP form). */
  public static ExecOrder parse(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    for (ExecOrder o : values()) {
      if (o.flag.equals(v)) {
        return o;
      }
    }
    throw new StrataException(
        ErrorCode.USAGE,
        "unknown exec-order \"" + value + "\" (expected linear, linear-skip or non-linear)");
  }
}
