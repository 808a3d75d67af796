package dev.strata.migrate.exec;

import dev.strata.migrate.dir.MigrationFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds checkpoint files: files whose file directives include {@code atlas:checkpoint}. */
public final class Checkpoints {
  private Checkpoints() {}

  /** Returns the names of the checkpoint files among {@code files}; empty when there are none. */
  public static Set<String> of(List<MigrationFile> files) {
    Set<String> out = new HashSet<>();
    for (MigrationFile f : files) {
      if (FileLoader.hasFileDirective(f, "checkpoint")) {
        out.add(f.name());
      }
    }
    return out;
  }
}
