package dev.integrity.core.api;

import dev.integrity.core.baseline.Baselined;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.lint.Finding;
import dev.integrity.core.rehearse.RehearsalResult;
import dev.integrity.core.rollback.RollbackResult;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome: differences after ignore rules, whether they fail the build, the report and fix files
 * (the fix is null when there is nothing to fix) and the console lines to show; the lint findings and
 * those that fail the build; the rollback test's result, null when it did not run; why the schema
 * snapshot is stale (null when it is current or absent); what the baseline accepted and which of its
 * entries are stale ({@code differences} are those it did not accept); the rehearsal's result, null when it did not run.
 */
public record VerifyResult(
    List<Difference> differences,
    List<Difference> failing,
    Path report,
    Path changelog,
    int destructiveChangeSets,
    List<String> summary,
    List<Finding> findings,
    List<Finding> failingFindings,
    RollbackResult rollback,
    String staleSnapshot,
    Baselined baseline,
    RehearsalResult rehearsal) {

  public VerifyResult {
    differences = List.copyOf(differences);
    failing = List.copyOf(failing);
    summary = List.copyOf(summary);
    findings = List.copyOf(findings);
    failingFindings = List.copyOf(failingFindings);
    baseline = baseline == null ? Baselined.none(differences) : baseline;
  }

  /** A run without the rehearsal. */
  public VerifyResult(List<Difference> differences, List<Difference> failing, Path report, Path changelog, int destructiveChangeSets,
      List<String> summary, List<Finding> findings, List<Finding> failingFindings, RollbackResult rollback, String staleSnapshot,
      Baselined baseline) {
    this(differences, failing, report, changelog, destructiveChangeSets, summary, findings, failingFindings, rollback, staleSnapshot,
        baseline, null);
  }

  /** A run without a baseline file. */
  public VerifyResult(List<Difference> differences, List<Difference> failing, Path report, Path changelog, int destructiveChangeSets,
      List<String> summary, List<Finding> findings, List<Finding> failingFindings, RollbackResult rollback, String staleSnapshot) {
    this(differences, failing, report, changelog, destructiveChangeSets, summary, findings, failingFindings, rollback, staleSnapshot, null);
  }

  /** A run without lints, rollback test or snapshot. */
  public VerifyResult(List<Difference> differences, List<Difference> failing, Path report, Path changelog,
      int destructiveChangeSets, List<String> summary) {
    this(differences, failing, report, changelog, destructiveChangeSets, summary, List.of(), List.of(), null, null);
  }

  public boolean failed() {
    return !failing.isEmpty() || !failingFindings.isEmpty() || (rollback != null && rollback.failed()) || staleSnapshot != null
        || !baseline.stale().isEmpty() || (rehearsal != null && rehearsal.failed());
  }
}
