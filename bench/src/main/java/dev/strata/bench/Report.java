package dev.strata.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a block of results into {@code docs/benchmarks.md} between its own markers ({@code
 * <!-- ApplyBench:postgres -->} ... {@code <!-- /ApplyBench:postgres -->}), leaving everything else
 * in the file as it is; a missing block is appended at the end.
 */
final class Report {
  private Report() {}

  static void write(Path file, String blockId, String markdown) throws IOException {
    String open = "<!-- ApplyBench:" + blockId + " -->";
    String close = "<!-- /ApplyBench:" + blockId + " -->";
    String block = open + "\n" + markdown.strip() + "\n" + close;
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    int a = text.indexOf(open);
    int b = text.indexOf(close);
    String updated;
    if (a >= 0 && b > a) {
      updated = text.substring(0, a) + block + text.substring(b + close.length());
    } else {
      updated = text + (text.isEmpty() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + block + "\n";
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, updated, StandardCharsets.UTF_8);
  }

  /** Returns the goals of issue 3 that this database's results answer, one bullet each. */
  static String goals(Results r) {
    StringBuilder b = new StringBuilder();
    goal(b, r, "strata-lib-file", "apply, --tx-mode file, at most 1.05× the floor", r.has("strata-lib-file") ? r.ratio("strata-lib-file") <= 1.05 : null, true);
    goal(b, r, "strata-lib-all", "apply, --tx-mode all, below the floor", r.has("strata-lib-all") ? r.ratio("strata-lib-all") < 1.0 : null, true);
    goal(b, r, "strata-lib-noop", "no-op apply in-process within 1.5× the floor's history read", r.has("strata-lib-noop") ? r.ratio("strata-lib-noop") <= 1.5 : null, true);
    goal(b, r, "strata-lib-status", "status in-process within 1.5× the floor's history read", r.has("strata-lib-status") ? r.ratio("strata-lib-status") <= 1.5 : null, true);
    goal(b, r, "launcher-status", "`./strata migrate status` as a whole process at most 0.25 s", r.has("launcher-status") ? r.median("launcher-status") <= 0.25 : null, false);
    return b.toString();
  }

  private static void goal(StringBuilder b, Results r, String id, String text, Boolean met, boolean ratio) {
    if (met == null) {
      return;
    }
    String figure =
        ratio
            ? String.format(Locale.ROOT, "%.2f×", r.ratio(id))
            : Results.seconds(r.median(id));
    b.append("- ").append(met ? "met" : "**not met**").append(": ").append(text).append(" (").append(id).append(": ").append(figure).append(")\n");
  }
}
