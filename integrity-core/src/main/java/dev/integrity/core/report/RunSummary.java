package dev.integrity.core.report;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.Sides;
import dev.integrity.core.lint.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the renderers need of a run: the differences after ignores and the baseline, the verdict, the fix file, timings, lint findings,
 * what the compared sides are called, and the differences the baseline accepted (only report.json lists them).
 */
public record RunSummary(List<Difference> differences, boolean failed, Path changelog, int destructiveChangeSets,
    int ignored, Map<String, Long> timings, List<Finding> findings, Sides sides, List<Difference> baselined) {

  public RunSummary {
    differences = List.copyOf(differences);
    timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
    findings = List.copyOf(findings);
    baselined = List.copyOf(baselined);
  }

  /** A run without a baseline. */
  public RunSummary(List<Difference> differences, boolean failed, Path changelog, int destructiveChangeSets, int ignored,
      Map<String, Long> timings, List<Finding> findings, Sides sides) {
    this(differences, failed, changelog, destructiveChangeSets, ignored, timings, findings, sides, List.of());
  }

  /** A run comparing the model with the migrated database, without a baseline. */
  public RunSummary(List<Difference> differences, boolean failed, Path changelog, int destructiveChangeSets, int ignored,
      Map<String, Long> timings, List<Finding> findings) {
    this(differences, failed, changelog, destructiveChangeSets, ignored, timings, findings, Sides.MODEL_AND_MIGRATED);
  }

  /** A run without lint findings. */
  public RunSummary(List<Difference> differences, boolean failed, Path changelog, int destructiveChangeSets, int ignored,
      Map<String, Long> timings) {
    this(differences, failed, changelog, destructiveChangeSets, ignored, timings, List.of());
  }
}
