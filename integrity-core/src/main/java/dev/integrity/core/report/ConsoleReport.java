package dev.integrity.core.report;

import dev.integrity.core.diff.Difference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The console summary: many differences of one shape as one line each ({@link DifferenceGroups}), the others
 * grouped by table, worst table first, one line each with both sides; the counts per severity, the health score
 * and where the reports are.
 */
public final class ConsoleReport {

  private ConsoleReport() {}

  public static List<String> lines(RunSummary summary, List<Path> reports) {
    List<String> lines = new ArrayList<>();
    if (summary.differences().isEmpty()) {
      lines.add(summary.sides().noDifferences()
          + (summary.ignored() > 0 ? " (" + summary.ignored() + " ignored)" : "") + ".");
    } else {
      lines.add(summary.differences().size() + " difference" + (summary.differences().size() == 1 ? "" : "s")
          + " " + summary.sides().between() + " (" + counts(summary.differences()) + ")"
          + (summary.ignored() > 0 ? ", " + summary.ignored() + " ignored" : "") + ":");
      DifferenceGroups.Grouped grouped = DifferenceGroups.of(summary.differences(), summary.sides());
      lines.addAll(grouped.lines());
      if (!grouped.lines().isEmpty()) {
        lines.add("  (each grouped difference is listed in " + reports.stream().filter(f -> f.getFileName().toString().equals(JsonReport.FILE_NAME))
            .findFirst().map(Path::toString).orElse(JsonReport.FILE_NAME + " with -Dintegrity.formats=console,json") + ")");
      }
      byTableWorstFirst(grouped.ungrouped()).forEach((table, differences) -> {
        lines.add("  " + table);
        differences.forEach(d -> lines.add("    " + String.format("%-8s", d.severity()) + " " + d.kind()
            + (d.column() == null ? "" : " " + d.column()) + ": " + summary.sides().expectedColumn() + " " + side(d.model())
            + ", " + summary.sides().actualColumn() + " " + side(d.database())));
      });
    }
    lines.add("Health: " + Health.of(summary).label() + " (" + SeverityCounts.text(summary.differences()) + ")");
    lines.addAll(whereTheReportsAre(reports));
    return lines;
  }

  /** {@code Reports: a, b} — always shown, also when the console summary itself is not asked for. */
  public static List<String> whereTheReportsAre(List<Path> reports) {
    return reports.isEmpty() ? List.of()
        : List.of("Reports: " + reports.stream().map(Path::toString).collect(Collectors.joining(", ")));
  }

  /** Differences by {@code schema.table}, the table with the worst difference first, each table's worst first. */
  static Map<String, List<Difference>> byTableWorstFirst(List<Difference> differences) {
    Map<String, List<Difference>> byTable = differences.stream()
        .sorted(Comparator.comparing(Difference::severity).thenComparing(Difference.ORDER))
        .collect(Collectors.groupingBy(d -> d.schema() + "." + d.table(), LinkedHashMap::new, Collectors.toList()));
    Map<String, List<Difference>> sorted = new LinkedHashMap<>();
    byTable.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, List<Difference>> e) -> e.getValue().get(0).severity())
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  static String counts(List<Difference> differences) {
    List<String> parts = new ArrayList<>();
    SeverityCounts.of(differences).forEach((severity, n) -> {
      if (n > 0) {
        parts.add(n + " " + severity.name().toLowerCase(Locale.ROOT));
      }
    });
    return String.join(", ", parts);
  }

  static String side(String text) {
    return text == null ? "(absent)" : text;
  }
}
