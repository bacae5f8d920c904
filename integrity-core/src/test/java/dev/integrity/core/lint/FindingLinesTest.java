package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.integrity.core.diff.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingLinesTest {

  @Test
  void onlyTheFindingsOfFailingRulesAreFailingLinesAndARuleWithManyIsSummarized() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      findings.add(new Finding(LintRule.MISSING_ROLLBACK, Severity.LOW, null, null, List.of(), "master.xml:" + (10 + i), "no rollback", "add one"));
    }
    Finding fk = new Finding(LintRule.FK_WITHOUT_INDEX, Severity.MEDIUM, "public", "item", List.of("order_id"), "entity Item", "no index", "CREATE INDEX");
    findings.add(fk);

    List<FindingLines.Line> lines = FindingLines.lines(findings, List.of(fk), Path.of("target/integrity/report.json"));

    assertEquals(new FindingLines.Line(true, "8 lint findings (1 of rules listed in failOnLints):"), lines.get(0));
    assertEquals(new FindingLines.Line(true, "  MEDIUM   fk-without-index (fails the build) entity Item: no index"), lines.get(1));
    List<FindingLines.Line> rollback = lines.subList(3, lines.size());
    assertEquals(2 * FindingLines.SHOWN + 1, rollback.size());
    assertEquals(List.of(false), rollback.stream().map(FindingLines.Line::failing).distinct().toList());
    assertEquals("  … and 2 more missing-rollback findings (7 in all): every one is in target/integrity/report.json (findings)",
        rollback.get(rollback.size() - 1).text());
  }

  @Test
  void theFailureMessageShowsTheFirstFindingsOfARuleAndWhereTheRestAre() {
    List<Finding> failing = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      failing.add(new Finding(LintRule.FK_WITHOUT_INDEX, Severity.MEDIUM, "public", "t" + i, List.of("ref_id"), "entity T" + i, "no index", "CREATE INDEX"));
    }

    List<String> lines = FindingLines.failureLines(failing, Path.of("target/integrity/report.json"));

    assertEquals(FindingLines.SHOWN + 1, lines.size());
    assertEquals("  fk-without-index entity T1: no index", lines.get(0));
    assertEquals("  … and 2 more fk-without-index findings (7 in all): every one is in target/integrity/report.json (findings)",
        lines.get(FindingLines.SHOWN));
    assertEquals(List.of("  fk-without-index entity T1: no index"), FindingLines.failureLines(failing.subList(0, 1), null));
  }
}
