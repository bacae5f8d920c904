package dev.integrity.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.lint.Finding;
import dev.integrity.core.lint.LintRule;
import dev.integrity.core.observe.TableSize;
import dev.integrity.core.observe.Throughput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitlabReportTest {

  private static final Set<String> GITLAB_SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

  @Test
  void isACodeQualityIssueArrayLocatedAtTheSources(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    JsonNode issues = assertCodeQualityShape(GitlabReport.write(run.output, run.drifted(), run.locator()));
    assertEquals(4, issues.size());
    JsonNode note = issues.get(2);
    assertEquals("MISSING_COLUMN", note.get("check_name").asText());
    assertEquals("blocker", note.get("severity").asText());
    assertEquals("src/main/java/com/example/shop/Invoice.java", note.get("location").get("path").asText());
    assertEquals(14, note.get("location").get("lines").get("begin").asInt());
    assertEquals("CRITICAL MISSING_COLUMN: column invoice.note is in the model but not in the migrated database", note.get("description").asText());
  }

  @Test
  void lintFindingsAreIssuesOfTheirRule(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    JsonNode issues = assertCodeQualityShape(GitlabReport.write(run.output, run.linted(), run.locator()));
    assertEquals(6, issues.size());
    JsonNode drop = issues.get(5);
    assertEquals("destructive-change", drop.get("check_name").asText());
    assertEquals("critical", drop.get("severity").asText());
    assertEquals("src/main/resources/db/changelog/db.changelog-master.xml", drop.get("location").get("path").asText());
    assertEquals(1, drop.get("location").get("lines").get("begin").asInt());
    assertEquals("HIGH destructive-change: changeSet drop-legacy (shop) drops table legacy_audit and its rows"
        + " Fix: copy the rows first, or mark the changeSet with the label destructive", drop.get("description").asText());
  }

  @Test
  void fingerprintsAreStableAcrossRuns(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    List<String> first = fingerprints(GitlabReport.write(run.output, run.linted(), run.locator()));
    assertEquals(first, fingerprints(GitlabReport.write(run.output, run.linted(), run.locator())));
  }

  @Test
  void aDurationMeasuredOnThisRunIsDescribedButLeavesTheFingerprintAlone(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    List<JsonNode> issues = new ArrayList<>();
    for (long nanos : new long[] {4_000_000, 9_000_000}) {
      Finding rewrite = new Finding(LintRule.TABLE_REWRITE, Severity.HIGH, "public", "legacy_audit", List.of(), SampleRun.DROP_LEGACY.location(),
          "changeSet 2 (shop) rewrites table public.legacy_audit", "fix", new Throughput(1000, nanos), new TableSize(60_000_000, 1L << 30));
      RunSummary summary = new RunSummary(List.of(), true, null, 0, 0, Map.of(), List.of(rewrite));
      issues.add(new ObjectMapper().readTree(GitlabReport.write(run.output, summary, run.locator()).toFile()).get(0));
    }
    assertEquals(issues.get(0).get("fingerprint"), issues.get(1).get("fingerprint"));
    assertTrue(issues.get(0).get("description").asText().contains("about 4 min at the 250,000 rows/s"), issues.get(0).toString());
    assertTrue(issues.get(1).get("description").asText().contains("about 9 min at the 110,000 rows/s"), issues.get(1).toString());
  }

  @Test
  void aCleanRunIsAnEmptyArray(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    assertEquals(0, assertCodeQualityShape(GitlabReport.write(run.output, run.clean(), run.locator())).size());
  }

  /** The members GitLab requires of each issue, with the values it accepts. */
  static JsonNode assertCodeQualityShape(Path file) throws Exception {
    JsonNode issues = new ObjectMapper().readTree(file.toFile());
    assertTrue(issues.isArray(), "a Code Quality report is a JSON array");
    Set<String> fingerprints = new HashSet<>();
    for (JsonNode issue : issues) {
      assertTrue(issue.get("description").isTextual() && !issue.get("description").asText().isEmpty(), issue.toString());
      assertTrue(issue.get("check_name").isTextual(), issue.toString());
      assertTrue(issue.get("fingerprint").asText().matches("[0-9a-f]{64}"), issue.toString());
      assertTrue(fingerprints.add(issue.get("fingerprint").asText()), "fingerprints are unique: " + issue);
      assertTrue(GITLAB_SEVERITIES.contains(issue.get("severity").asText()), issue.toString());
      assertTrue(issue.get("location").get("path").isTextual() && !issue.get("location").get("path").asText().startsWith("/"), issue.toString());
      assertTrue(issue.get("location").get("lines").get("begin").asInt() >= 1, issue.toString());
    }
    return issues;
  }

  private static List<String> fingerprints(Path file) throws Exception {
    List<String> list = new ArrayList<>();
    new ObjectMapper().readTree(file.toFile()).forEach(issue -> list.add(issue.get("fingerprint").asText()));
    return list;
  }
}
