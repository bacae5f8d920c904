package dev.integrity.core.report;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.lint.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What the renderers need of a run: the differences after ignores, the verdict, the fix file, timings, lint findings. */
public record RunSummary(List<Difference> differences, boolean failed, Path changelog, int destructiveChangeSets,
    int ignored, Map<String, Long> timings, List<Finding> findings) {

  public RunSummary {
    differences = List.copyOf(differences);
    timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
    findings = List.copyOf(findings);
  }

  /** A run without lint findings. */
  public RunSummary(List<Difference> differences, boolean failed, Path changelog, int destructiveChangeSets, int ignored,
      Map<String, Long> timings) {
    this(differences, failed, changelog, destructiveChangeSets, ignored, timings, List.of());
  }
}
