package dev.integrity.core.report;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How many differences there are of each severity, worst first, zeros included. */
final class SeverityCounts {

  private SeverityCounts() {}

  static Map<Severity, Integer> of(List<Difference> differences) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, (int) differences.stream().filter(d -> d.severity() == severity).count());
    }
    return counts;
  }

  /** {@code 1 critical, 0 high, 2 medium, 0 low}. */
  static String text(List<Difference> differences) {
    return of(differences).entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
