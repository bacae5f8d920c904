package dev.integrity.core;

import dev.integrity.core.diff.Difference;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome: differences after ignore rules, whether they fail the build, the report and fix files
 * (the fix is null when there is nothing to fix), the console lines to show, and why the schema snapshot is
 * stale (null when it is current or absent).
 */
public record VerifyResult(
    List<Difference> differences,
    List<Difference> failing,
    Path report,
    Path changelog,
    int destructiveChangeSets,
    List<String> summary,
    String staleSnapshot) {

  public VerifyResult {
    differences = List.copyOf(differences);
    failing = List.copyOf(failing);
    summary = List.copyOf(summary);
  }

  public VerifyResult(List<Difference> differences, List<Difference> failing, Path report, Path changelog, int destructiveChangeSets,
      List<String> summary) {
    this(differences, failing, report, changelog, destructiveChangeSets, summary, null);
  }

  /** A result whose schema snapshot no longer matches the migrations ({@code problem} says how), which fails the build. */
  public VerifyResult withStaleSnapshot(String problem) {
    return new VerifyResult(differences, failing, report, changelog, destructiveChangeSets, summary, problem);
  }

  public boolean failed() {
    return !failing.isEmpty() || staleSnapshot != null;
  }
}
