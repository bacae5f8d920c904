package dev.integrity.core.report;

import dev.integrity.core.diff.Difference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What the renderers need of a run: the differences after ignores, the verdict, the fix file, timings. */
public record RunSummary(List<Difference> differences, boolean failed, Path changelog, int destructiveChangeSets,
    int ignored, Map<String, Long> timings) {

  public RunSummary {
    differences = List.copyOf(differences);
    timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
  }
}
