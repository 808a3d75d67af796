package dev.strata.bench;

import dev.strata.bench.Operation.Group;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The samples of one database's run and what is derived from them: medians, spreads, and ratios
 * against the floor. Each sample is paired with the floor measured next to it (the mean of the
 * floor runs just before and just after an apply; the same round's floor for a read), and an
 * operation's ratio is the median of its paired ratios: the machine's load drifts over minutes, and
 * a ratio taken between neighbours follows it.
 */
final class Results {
  private final Map<String, Operation> operations = new LinkedHashMap<>();
  private final Map<String, List<Long>> samples = new LinkedHashMap<>();
  private final Map<String, List<Double>> ratios = new LinkedHashMap<>();

  /** Adds a sample of {@code op} and the floor time it is compared with. */
  void add(Operation op, long nanos, long floorNanos) {
    operations.putIfAbsent(op.id(), op);
    samples.computeIfAbsent(op.id(), k -> new ArrayList<>()).add(nanos);
    ratios.computeIfAbsent(op.id(), k -> new ArrayList<>()).add(nanos / (double) floorNanos);
  }

  boolean has(String id) {
    return samples.containsKey(id);
  }

  /** Returns the median of {@code id}'s samples in seconds (the mean of the middle two if even). */
  double median(String id) {
    return medianOf(Arrays.stream(sorted(id)).asDoubleStream().toArray()) / 1e9;
  }

  /** Returns (max - min) / median of {@code id}'s samples: how noisy it was. */
  double spread(String id) {
    long[] s = sorted(id);
    return (s[s.length - 1] - s[0]) / 1e9 / median(id);
  }

  double min(String id) {
    return sorted(id)[0] / 1e9;
  }

  double max(String id) {
    long[] s = sorted(id);
    return s[s.length - 1] / 1e9;
  }

  int count(String id) {
    return samples.get(id).size();
  }

  /** Returns the median of {@code id}'s paired ratios against the floor. */
  double ratio(String id) {
    return medianOf(ratios.get(id).stream().mapToDouble(Double::doubleValue).sorted().toArray());
  }

  double ratioMin(String id) {
    return ratios.get(id).stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  double ratioMax(String id) {
    return ratios.get(id).stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  private static double medianOf(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Returns the median spread over every operation: one number for the run's noise. */
  double medianSpread() {
    double[] all = samples.keySet().stream().mapToDouble(this::spread).sorted().toArray();
    return all.length == 0 ? 0 : all[all.length / 2];
  }

  /** Returns the median over operations (floors left out) of (max − min) / median of ratios. */
  double medianRatioSpread() {
    double[] all =
        ratios.keySet().stream()
            .filter(id -> !id.equals(operations.get(id).group().baseline))
            .mapToDouble(id -> (ratioMax(id) - ratioMin(id)) / ratio(id))
            .sorted()
            .toArray();
    return all.length == 0 ? 0 : medianOf(all);
  }

  List<Operation> operations(Group g) {
    List<Operation> out = new ArrayList<>();
    for (Operation op : operations.values()) {
      if (op.group() == g) {
        out.add(op);
      }
    }
    return out;
  }

  private long[] sorted(String id) {
    long[] s = samples.get(id).stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(s);
    return s;
  }

  /** Returns the results as Markdown table rows, one group after the other. */
  String table() {
    StringBuilder b = new StringBuilder();
    b.append(
        "| operation | what is timed | × floor | (min – max) | median time | (min – max, runs)"
            + " |\n");
    b.append("|---|---|---:|---|---:|---|\n");
    for (Group g : Group.values()) {
      List<Operation> ops = operations(g);
      if (ops.isEmpty()) {
        continue;
      }
      b.append("| **").append(g.title).append("** | | | | | |\n");
      for (Operation op : ops) {
        String id = op.id();
        b.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %.2f | (%.2f – %.2f) | %s | (%s – %s, %d) |%n",
                id.equals(g.baseline) ? "**" + id + "**" : id,
                op.what(),
                ratio(id),
                ratioMin(id),
                ratioMax(id),
                seconds(median(id)),
                seconds(min(id)),
                seconds(max(id)),
                count(id)));
      }
    }
    return b.toString();
  }

  /** Returns seconds with three significant figures or so: 6.61 s, 0.153 s, 0.0042 s. */
  static String seconds(double s) {
    if (s >= 10) {
      return String.format(Locale.ROOT, "%.1f s", s);
    }
    if (s >= 1) {
      return String.format(Locale.ROOT, "%.2f s", s);
    }
    if (s >= 0.01) {
      return String.format(Locale.ROOT, "%.3f s", s);
    }
    return String.format(Locale.ROOT, "%.4f s", s);
  }
}
