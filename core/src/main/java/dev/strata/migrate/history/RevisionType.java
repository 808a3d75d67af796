package dev.strata.migrate.history;

/** The bit flags of the revision {@code type} column and their names in Atlas's output. */
public final class RevisionType {
  /** The first row of a baselined database. */
  public static final int BASELINE = 1;
  /** Applied by {@code migrate apply}. */
  public static final int EXECUTE = 2;
  /** Marked by {@code migrate set}. */
  public static final int RESOLVED = 4;

  private RevisionType() {}

  /** Returns true when the RESOLVED bit is set. */
  public static boolean isResolved(int type) {
    return (type & RESOLVED) != 0;
  }

  /** Returns Atlas's name for {@code type}: baseline, applied, manually set, ... */
  public static String name(int type) {
    switch (type) {
      case BASELINE:
        return "baseline";
      case EXECUTE:
        return "applied";
      case RESOLVED:
        return "manually set";
      case EXECUTE | RESOLVED:
        return "applied + manually set";
      default:
        String bits = Integer.toBinaryString(type);
        return "unknown (" + "0".repeat(Math.max(0, 4 - bits.length())) + bits + ")";
    }
  }
}
