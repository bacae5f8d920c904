package dev.integrity.maven;

import dev.integrity.core.Integrity;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.Sides;
import dev.integrity.core.lint.FindingLines;
import dev.integrity.core.rehearse.RehearsalReport;
import dev.integrity.core.report.DifferenceGroups;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the migrations to one disposable database, exports the entity model into another, compares
 * them, writes the reports and the fix changelog, and fails the build on differences at or above {@code failOn}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class VerifyMojo extends AbstractIntegrityMojo {

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    VerifyResult result = Integrity.verify(verifyRequest(failOn()), log());
    logSummary(result.summary(), result.failed());
    for (FindingLines.Line line : FindingLines.lines(result.findings(), result.failingFindings(), result.report())) {
      if (line.failing()) {
        getLog().error(line.text());
      } else {
        getLog().info(line.text());
      }
    }
    if (result.failed() && result.failing().isEmpty()) {
      throw new MojoFailureException((safetyFailure(result)
          + (result.staleSnapshot() == null ? "" : "\nThe schema snapshot is stale: " + result.staleSnapshot() + ".")
          + result.baseline().staleDetail()).strip()
          + (result.report() == null ? "" : "\nReport: " + result.report()));
    }
    if (result.failed()) {
      DifferenceGroups.Grouped grouped = DifferenceGroups.of(result.failing(), Sides.MODEL_AND_MIGRATED);
      String list = Stream.concat(grouped.lines().stream(), grouped.ungrouped().stream()
          .map(d -> "  " + d.severity() + " " + d.kind() + " " + place(d) + ": " + d.message()))
          .collect(Collectors.joining("\n"));
      throw new MojoFailureException(result.failing().size() + " difference" + (result.failing().size() == 1 ? "" : "s")
          + " between the entity model and the migrations (failOn=" + failOn() + "):\n" + list
          + safetyFailure(result)
          + (result.report() == null ? "" : "\nReport: " + result.report())
          + (result.changelog() == null ? "" : "\nFix changelog: " + result.changelog())
          + "\nReview the fix changelog and include it in your master changelog, or fix the entities; "
          + "run `mvn integrity:diff` to write a changelog without failing the build."
          + (result.staleSnapshot() == null ? "" : "\nAlso, " + result.staleSnapshot() + ".")
          + result.baseline().staleDetail());
    }
  }

  /** The lint findings, rollback problems and rehearsal refusal that fail the build, each on a line, or nothing. */
  private static String safetyFailure(VerifyResult result) {
    StringBuilder text = new StringBuilder();
    if (!result.failingFindings().isEmpty()) {
      text.append("\n").append(result.failingFindings().size()).append(" lint finding").append(result.failingFindings().size() == 1 ? "" : "s")
          .append(" of rules listed in failOnLints:");
      FindingLines.failureLines(result.failingFindings(), result.report()).forEach(line -> text.append("\n").append(line));
    }
    if (result.rollback() != null && result.rollback().failed()) {
      text.append("\nThe rollback test failed (rollbackTest=true):");
      result.rollback().problems().forEach(p -> text.append("\n  ").append(p.kind()).append(" ").append(p.location()).append(": ").append(p.message()));
    }
    if (result.rehearsal() != null && result.rehearsal().failed()) {
      text.append("\nThe rehearsal failed (rehearse=true):");
      RehearsalReport.lines(result.rehearsal()).forEach(line -> text.append("\n  ").append(line));
    }
    return text.toString();
  }

  private static String place(Difference d) {
    return d.schema() + "." + d.table() + (d.column() == null ? "" : "." + d.column());
  }
}
