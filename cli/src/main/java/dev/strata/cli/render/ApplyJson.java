package dev.strata.cli.render;

import dev.strata.migrate.exec.AppliedFile;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.spi.Driver;
import dev.strata.url.DatabaseUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the template data of Atlas's {@code MigrateApply} (§4.9) from an apply result. */
public final class ApplyJson {
  private ApplyJson() {}

  /** Returns the data; the URL appears with its password masked. */
  public static Map<String, Object> of(Driver driver, String dir, ApplyResult r) {
    Map<String, Object> m = env(driver, dir);
    m.put("Pending", StatusReport.files(r.pending()));
    List<Object> applied = new ArrayList<>();
    for (AppliedFile f : r.applied()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("Name", f.file().name());
      a.put("Version", f.file().version());
      a.put("Description", f.file().description());
      a.put("Start", f.start());
      a.put("End", f.end());
      a.put("Skipped", f.skipped());
      a.put("Applied", f.applied());
      if (f.error() != null) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("Stmt", f.error().stmt());
        e.put("Text", f.error().text());
        a.put("Error", e);
      }
      applied.add(a);
    }
    m.put("Applied", applied);
    m.put("Current", r.current());
    m.put("Target", r.target());
    m.put("Start", r.start());
    m.put("End", r.end());
    if (r.error() != null) {
      m.put("Error", r.error().getMessage());
    } else if (r.nothingToDo()) {
      m.put("Message", "No migration files to execute");
    } else {
      m.put(
          "Message",
          "Migrated to version "
              + r.target()
              + " from "
              + r.current()
              + " ("
              + r.pending().size()
              + " migrations in total)");
    }
    return m;
  }

  /** Returns {@code Driver}, {@code URL} and {@code Dir}, the environment part of the data. */
  public static Map<String, Object> env(Driver driver, String dir) {
    DatabaseUrl u = driver.url();
    Map<String, Object> url = new LinkedHashMap<>();
    url.put("Scheme", u.scheme());
    url.put("Host", u.port() >= 0 ? u.host() + ":" + u.port() : u.host());
    url.put("Path", "/" + u.path());
    url.put("RawQuery", u.rawQuery());
    url.put("Schema", u.schema().orElse(""));
    url.put("URL", u.redacted());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Driver", u.engine().driverName());
    m.put("URL", url);
    m.put("Dir", dir);
    return m;
  }
}
