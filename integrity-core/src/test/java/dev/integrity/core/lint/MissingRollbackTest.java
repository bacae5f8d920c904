package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingRollbackTest {

  @Test
  void changeSetsWithoutAutomaticOrDeclaredRollbackAreFound() {
    List<Finding> findings = new MissingRollback().check(LintFixtures.changeLog("no-rollback.xml"));
    assertEquals(List.of("fixtures/lint/no-rollback.xml:17", "fixtures/lint/no-rollback.xml:20"),
        findings.stream().map(Finding::location).toList());
    assertTrue(findings.get(0).message().contains("[sql]"), findings.get(0).message());
    assertTrue(findings.get(1).message().contains("[dropTable]"), findings.get(1).message());
  }

  @Test
  void formattedSqlChangeSetsAreLocatedByTheirChangesetLine() {
    List<Finding> findings = new MissingRollback().check(LintFixtures.changeLog("no-rollback.sql"));
    assertEquals(List.of("fixtures/lint/no-rollback.sql:7"), findings.stream().map(Finding::location).toList());
  }

  @Test
  void automaticDeclaredAndEmptyRollbacksCount() {
    assertEquals(List.of(), new MissingRollback().check(LintFixtures.changeLog("safe.xml")));
  }
}
