package dev.integrity.core.report;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.Severity;
import java.util.List;
import java.util.Locale;

/**
 * The health score: red when the run fails (so that it never reads green on a failing build); else green
 * with no critical difference and under 5 others, yellow with no critical and 5 to 20 others, red with any
 * critical difference (or more than 20 others), as with {@code failOn=none}.
 */
public enum Health {
  GREEN,
  YELLOW,
  RED;

  public static Health of(RunSummary summary) {
    return summary.failed() ? RED : of(summary.differences());
  }

  static Health of(List<Difference> differences) {
    long critical = differences.stream().filter(d -> d.severity() == Severity.CRITICAL).count();
    long others = differences.size() - critical;
    if (critical > 0 || others > 20) {
      return RED;
    }
    return others < 5 ? GREEN : YELLOW;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
