package dev.integrity.core.snapshot;

import dev.integrity.core.diff.Difference;
import java.nio.file.Path;
import java.util.List;

/**
 * Two snapshots compared: the differences after ignore rules, those that fail per {@code failOn}, {@code report.json}
 * (null when {@code formats} leaves json out) and the console lines.
 */
public record SnapshotComparisonResult(List<Difference> differences, List<Difference> failing, Path report, List<String> summary) {

  public SnapshotComparisonResult {
    differences = List.copyOf(differences);
    failing = List.copyOf(failing);
    summary = List.copyOf(summary);
  }

  public boolean failed() {
    return !failing.isEmpty();
  }
}
