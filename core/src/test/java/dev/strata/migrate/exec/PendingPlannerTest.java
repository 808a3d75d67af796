package dev.strata.migrate.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.migrate.dir.DirFormat;
import dev.strata.migrate.dir.MigrationFile;
import dev.strata.migrate.history.Revision;
import dev.strata.migrate.history.RevisionType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PendingPlannerTest {
  private static List<MigrationFile> files(String... names) {
    List<MigrationFile> out = new ArrayList<>();
    for (String n : names) {
      out.add(MigrationFile.of(DirFormat.ATLAS, n, "SELECT 1;".getBytes(StandardCharsets.UTF_8)));
    }
    return out;
  }

  private static Revision done(String version) {
    return new Revision(version, "", RevisionType.EXECUTE, 1, 1, Instant.EPOCH, 0, null, null, "", null, "t");
  }

  private static Revision partial(String version, int applied, int total) {
    return new Revision(version, "d", RevisionType.EXECUTE, applied, total, Instant.EPOCH, 0, "boom", "x", "", null, "t");
  }

  private static List<String> names(List<MigrationFile> files) {
    return files.stream().map(MigrationFile::name).collect(Collectors.toList());
  }

  @Test
  void firstRunTakesEverything() {
    PendingPlan p = PendingPlanner.plan(files("1.sql", "2.sql"), List.of(), ExecOrder.LINEAR, Set.of());
    assertThat(names(p.pending())).containsExactly("1.sql", "2.sql");
  }

  @Test
  void firstRunStartsAtTheLastCheckpoint() {
    PendingPlan p =
        PendingPlanner.plan(files("1.sql", "2_cp.sql", "3.sql"), List.of(), ExecOrder.LINEAR, Set.of("2_cp.sql"));
    assertThat(names(p.pending())).containsExactly("2_cp.sql", "3.sql");
  }

  @Test
  void versionsCompareAsStringsNotNumbers() {
    // "10" < "9": after applying 9, file 10 sorts before the history and is never pending, while
    // 95 sorts after it.
    List<MigrationFile> dir = files("10.sql", "9.sql", "95.sql");
    assertThat(names(PendingPlanner.plan(dir, List.of(done("9")), ExecOrder.LINEAR, Set.of()).pending()))
        .containsExactly("95.sql");
    assertThatThrownBy(
            () -> PendingPlanner.plan(files("9.sql", "91.sql", "95.sql"), List.of(done("9"), done("95")), ExecOrder.LINEAR, Set.of()))
        .hasMessage(
            "migration file 91.sql was added out of order. See: https://atlasgo.io/versioned/apply#non-linear-error");
  }

  @Test
  void completeRevisionSkipsAppliedFiles() {
    PendingPlan p =
        PendingPlanner.plan(files("1.sql", "2.sql", "3.sql"), List.of(done("1"), done("2")), ExecOrder.LINEAR, Set.of());
    assertThat(names(p.pending())).containsExactly("3.sql");
  }

  @Test
  void partialRevisionResumesItsFile() {
    PendingPlan p =
        PendingPlanner.plan(
            files("1.sql", "2_d.sql", "3.sql"), List.of(done("1"), partial("2", 1, 3)), ExecOrder.LINEAR, Set.of());
    assertThat(names(p.pending())).containsExactly("2_d.sql", "3.sql");
    assertThat(p.resumed()).isTrue();
  }

  @Test
  void resolvedPartialRevisionCountsAsApplied() {
    Revision r = partial("2", 1, 3).withType(RevisionType.EXECUTE | RevisionType.RESOLVED);
    PendingPlan p =
        PendingPlanner.plan(files("1.sql", "2_d.sql"), List.of(done("1"), r), ExecOrder.LINEAR, Set.of());
    assertThat(p.pending()).isEmpty();
  }

  @Test
  void missingPartialFileIsAnError() {
    assertThatThrownBy(
            () -> PendingPlanner.plan(files("1.sql"), List.of(partial("z", 1, 2)), ExecOrder.LINEAR, Set.of()))
        .hasMessage(
            "sql/migrate: missing migration: revision \"z_d.sql\" is partially applied but migration file was not found");
  }

  @Test
  void revisionBeyondEveryFileLeavesNothingPending() {
    PendingPlan p = PendingPlanner.plan(files("1.sql", "2.sql"), List.of(done("zzz")), ExecOrder.LINEAR, Set.of());
    assertThat(p.pending()).isEmpty();
  }

  @Test
  void outOfOrderPerExecOrder() {
    List<MigrationFile> dir = files("1.sql", "2.sql", "2.5.sql", "3.sql", "4.sql");
    List<Revision> revs = List.of(done("1"), done("3"));
    assertThatThrownBy(() -> PendingPlanner.plan(dir, revs, ExecOrder.LINEAR, Set.of()))
        .hasMessageStartingWith("migration files 2.sql, 2.5.sql were added out of order");
    assertThat(names(PendingPlanner.plan(dir, revs, ExecOrder.LINEAR_SKIP, Set.of()).pending()))
        .containsExactly("4.sql");
    assertThat(names(PendingPlanner.plan(dir, revs, ExecOrder.NON_LINEAR, Set.of()).pending()))
        .containsExactly("2.sql", "2.5.sql", "4.sql");
  }

  @Test
  void filesBeforeTheFirstRevisionAreNotOutOfOrder() {
    // A baseline at 2: file 1 predates the history and is simply ignored.
    PendingPlan p = PendingPlanner.plan(files("1.sql", "2.sql", "3.sql"), List.of(done("2")), ExecOrder.LINEAR, Set.of());
    assertThat(names(p.pending())).containsExactly("3.sql");
  }

  @Test
  void checkpointsAreNeverRunOnADatabaseWithRevisions() {
    PendingPlan p =
        PendingPlanner.plan(
            files("1.sql", "2_cp.sql", "3.sql"), List.of(done("1")), ExecOrder.LINEAR, Set.of("2_cp.sql"));
    assertThat(names(p.pending())).containsExactly("3.sql");
  }
}
