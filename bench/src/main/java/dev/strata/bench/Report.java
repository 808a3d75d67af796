package dev.strata.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a block of results into {@code docs/benchmarks.md} between its own markers ({@code <!--
 * ApplyBench:postgres -->} ... {@code <!-- /ApplyBench:postgres -->}), leaving everything else in
 * the file as it is; a missing block is appended at the end.
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
      updated =
          text
              + (text.isEmpty() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n")
              + block
              + "\n";
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, updated, StandardCharsets.UTF_8);
  }

  /**
   * Returns the goals of issue 3 that this database's results answer, one bullet each. A ratio goal
   * is "met" when every paired ratio meets it, "not met" when none does, and "unclear (noise)" when
   * the median and the range disagree.
   */
  static String goals(Results r) {
    StringBuilder b = new StringBuilder();
    ratioGoal(
        b, r, "strata-lib-file", "apply, --tx-mode file, at most 1.05× the floor", 1.05, true);
    ratioGoal(b, r, "strata-lib-all", "apply, --tx-mode all, below the floor", 1.0, false);
    ratioGoal(
        b,
        r,
        "strata-lib-noop",
        "no-op apply in-process within 1.5× the floor's history read",
        1.5,
        true);
    ratioGoal(
        b,
        r,
        "strata-lib-status",
        "status in-process within 1.5× the floor's history read",
        1.5,
        true);
    if (r.has("floor-read-verified") && r.has("strata-lib-noop") && r.has("strata-lib-status")) {
      double verified = r.median("floor-read-verified");
      b.append(
          String.format(
              Locale.ROOT,
              "- for reference, against a floor that also checks every file's checksum"
                  + " (floor-read-verified, medians): no-op apply %.2f×, status %.2f×%n",
              r.median("strata-lib-noop") / verified,
              r.median("strata-lib-status") / verified));
    }
    if (r.has("launcher-status")) {
      boolean met = r.median("launcher-status") <= 0.25;
      b.append(
          String.format(
              Locale.ROOT,
              "- %s: `./strata migrate status` as a whole process at most 0.25 s (launcher-status:"
                  + " median %s, fastest %s)%n",
              met ? "met" : "**not met**",
              Results.seconds(r.median("launcher-status")),
              Results.seconds(r.min("launcher-status"))));
    }
    return b.toString();
  }

  private static void ratioGoal(
      StringBuilder b, Results r, String id, String text, double limit, boolean inclusive) {
    if (!r.has(id)) {
      return;
    }
    boolean best = meets(r.ratioMin(id), limit, inclusive);
    boolean worst = meets(r.ratioMax(id), limit, inclusive);
    String verdict = worst ? "met" : !best ? "**not met**" : "unclear (noise)";
    b.append(
        String.format(
            Locale.ROOT,
            "- %s: %s (%s: %.2f×, paired ratios %.2f – %.2f)%n",
            verdict,
            text,
            id,
            r.ratio(id),
            r.ratioMin(id),
            r.ratioMax(id)));
  }

  private static boolean meets(double ratio, double limit, boolean inclusive) {
    return inclusive ? ratio <= limit : ratio < limit;
  }
}
