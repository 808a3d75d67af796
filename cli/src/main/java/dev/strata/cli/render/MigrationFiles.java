package dev.strata.cli.render;

import dev.strata.migrate.dir.DirFormat;
import dev.strata.migrate.dir.NewFile;
import dev.strata.plan.PlannedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The files {@code migrate diff} writes for a plan, in each directory format (atlas-compat.md
 * §1.5): one file for Atlas, up and down files for golang-migrate and Flyway, Up/Down sections for
 * goose and dbmate, changesets with rollbacks for Liquibase.
 */
public final class MigrationFiles {
  private MigrationFiles() {}

  /** Returns the files to write; {@code down} is the reverse plan. */
  public static List<NewFile> of(
      DirFormat format, String name, Clock clock, List<PlannedStatement> up, List<PlannedStatement> down) {
    List<NewFile> names = format.newFiles(name, clock);
    String upText = PlanText.of(up);
    String downText = reverse(down);
    List<NewFile> out = new ArrayList<>();
    switch (format) {
      case GOLANG_MIGRATE:
      case FLYWAY:
        out.add(new NewFile(names.get(0).name(), upText));
        out.add(new NewFile(names.get(1).name(), downText));
        return out;
      case GOOSE:
        out.add(new NewFile(names.get(0).name(), "-- +goose Up\n" + upText + "\n-- +goose Down\n" + downText));
        return out;
      case DBMATE:
        out.add(new NewFile(names.get(0).name(), "-- migrate:up\n" + upText + "\n-- migrate:down\n" + downText));
        return out;
      case LIQUIBASE:
        out.add(new NewFile(names.get(0).name(), liquibase(names.get(0).name(), up, down)));
        return out;
      default:
        out.add(new NewFile(names.get(0).name(), upText));
        return out;
    }
  }

  private static String reverse(List<PlannedStatement> down) {
    StringBuilder b = new StringBuilder();
    for (PlannedStatement p : down) {
      if (!p.comment().isEmpty()) {
        b.append("-- reverse: ").append(p.comment()).append('\n');
      }
      b.append(p.sql()).append(";\n");
    }
    return b.toString();
  }

  private static String liquibase(String fileName, List<PlannedStatement> up, List<PlannedStatement> down) {
    String version = fileName.contains("_") ? fileName.substring(0, fileName.indexOf('_')) : fileName.replace(".sql", "");
    StringBuilder b = new StringBuilder("--liquibase formatted sql\n");
    for (int i = 0; i < up.size(); i++) {
      PlannedStatement p = up.get(i);
      b.append("\n--changeset atlas:").append(version).append('-').append(i + 1).append('\n');
      if (!p.comment().isEmpty()) {
        b.append("--comment: ").append(p.comment()).append('\n');
      }
      b.append(p.sql()).append(";\n");
      if (i < down.size()) {
        b.append("--rollback: ").append(down.get(down.size() - 1 - i).sql().replace("\n", " ")).append(";\n");
      }
    }
    return b.toString();
  }
}
