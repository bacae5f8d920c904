package dev.integrity.core;

import dev.integrity.core.diff.Difference;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome: differences after ignore rules, whether they fail the build, the report and fix files
 * (the fix is null when there is nothing to fix) and the console lines to show.
 */
public record VerifyResult(
    List<Difference> differences,
    List<Difference> failing,
    Path report,
    Path changelog,
    int destructiveChangeSets,
    List<String> summary) {

  public VerifyResult {
    differences = List.copyOf(differences);
    failing = List.copyOf(failing);
    summary = List.copyOf(summary);
  }

  public boolean failed() {
    return !failing.isEmpty();
  }
}
