package dev.integrity.core.report;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The console summary: differences grouped by table, worst table first, one line each with both sides. */
public final class ConsoleReport {

  private ConsoleReport() {}

  public static List<String> lines(RunSummary summary) {
    List<String> lines = new ArrayList<>();
    if (summary.differences().isEmpty()) {
      lines.add("No differences: the migrated database matches the entity model"
          + (summary.ignored() > 0 ? " (" + summary.ignored() + " ignored)" : "") + ".");
      return lines;
    }
    Map<String, List<Difference>> byTable = summary.differences().stream()
        .collect(Collectors.groupingBy(d -> d.schema() + "." + d.table(), LinkedHashMap::new, Collectors.toList()));
    Comparator<Map.Entry<String, List<Difference>>> worstFirst = Comparator.comparing(
        (Map.Entry<String, List<Difference>> e) -> e.getValue().stream().map(Difference::severity).min(Comparator.naturalOrder()).orElseThrow())
        .thenComparing(Map.Entry::getKey);
    lines.add(summary.differences().size() + " difference" + (summary.differences().size() == 1 ? "" : "s")
        + " between the entity model and the migrated database (" + counts(summary.differences()) + ")"
        + (summary.ignored() > 0 ? ", " + summary.ignored() + " ignored" : "") + ":");
    byTable.entrySet().stream().sorted(worstFirst).forEach(entry -> {
      lines.add("  " + entry.getKey());
      entry.getValue().stream().sorted(Comparator.comparing(Difference::severity)).forEach(d -> lines.add(
          "    " + String.format("%-8s", d.severity()) + " " + d.kind() + (d.column() == null ? "" : " " + d.column())
              + ": model " + side(d.model()) + ", database " + side(d.database())));
    });
    return lines;
  }

  static String counts(List<Difference> differences) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      long n = differences.stream().filter(d -> d.severity() == severity).count();
      if (n > 0) {
        parts.add(n + " " + severity.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return String.join(", ", parts);
  }

  private static String side(String text) {
    return text == null ? "(absent)" : text;
  }
}
