package dev.strata.migrate.exec;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.util.Locale;

/** How migration files are wrapped in transactions (atlas-compat.md §4.4). */
public enum TxMode {
  /** No transaction; every statement is recorded as it completes, so a failure resumes exactly. */
  NONE,
  /** One transaction per file (the default). */
  FILE,
  /** One transaction around every pending file. */
  ALL;

  /** Returns the mode named {@code value}; throws Atlas's {@code unknown tx-mode "x"} otherwise. */
  public static TxMode parse(String value) {
    switch (value == null ? "" : value) {
      case "none":
        return NONE;
      case "file":
        return FILE;
      case "all":
        return ALL;
      default:
        throw new StrataException(ErrorCode.USAGE, "unknown tx-mode \"" + value + "\"");
    }
  }

  /** Returns the flag spelling: none, file or all. */
  public String flag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
