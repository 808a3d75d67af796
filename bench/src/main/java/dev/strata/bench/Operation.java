package dev.strata.bench;

/**
 * One timed operation of the benchmark.
 *
 * @param id short name in the output ({@code strata-lib-file})
 * @param group what it is compared with: applies with the floor's apply, in-process reads with the
 *     floor's in-process history read, whole processes with the floor's whole-JVM read
 * @param family whose history it writes or reads (floor, strata, flyway, liquibase): reads run on
 *     the database the family's first apply left behind
 * @param what one line saying what is timed
 * @param action the timed work, given the database to run on
 */
record Operation(String id, Group group, String family, String what, Action action) {
  /** What an operation is compared with. */
  enum Group {
    APPLY("Apply every file to a fresh database", "floor"),
    IN_PROCESS("With every file applied: in-process calls (warm JVM)", "floor-read"),
    PROCESS("With every file applied: whole processes (new JVM each)", "floor-jvm");

    final String title;
    final String baseline;

    Group(String title, String baseline) {
      this.title = title;
      this.baseline = baseline;
    }
  }

  /** The timed work. */
  interface Action {
    void run(BenchDatabase.Fresh db) throws Exception;
  }
}
