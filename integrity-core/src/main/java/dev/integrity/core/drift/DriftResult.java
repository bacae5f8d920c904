package dev.integrity.core.drift;

import dev.integrity.core.baseline.Baselined;
import dev.integrity.core.diff.Difference;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a drift check: differences (schema, Liquibase history, data), those that fail the
 * build, {@code report.json} (null when {@code formats} leaves json out), the live schema's hash and the previous run's (null on the first run), whether the
 * webhook was posted, the console lines, and what the baseline's {@code drift} entries accepted (stale entries fail).
 */
public record DriftResult(List<Difference> differences, List<Difference> failing, Path report, String liveHash, String previousHash,
    boolean webhookPosted, List<String> summary, Baselined baseline) {

  public DriftResult {
    differences = List.copyOf(differences);
    failing = List.copyOf(failing);
    summary = List.copyOf(summary);
  }

  public boolean failed() {
    return !failing.isEmpty() || baseline.staleMessage() != null;
  }
}
