package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.IntegrityException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LintRuleTest {

  @Test
  void listsAllAndNoneParse() {
    assertEquals(EnumSet.allOf(LintRule.class), LintRule.parse(null, "lints", "all"));
    assertEquals(EnumSet.noneOf(LintRule.class), LintRule.parse("", "failOnLints", "none"));
    assertEquals(EnumSet.noneOf(LintRule.class), LintRule.parse("NONE", "lints", "all"));
    assertEquals(EnumSet.of(LintRule.FK_WITHOUT_INDEX, LintRule.MISSING_ROLLBACK),
        LintRule.parse(" missing-rollback, fk-without-index ", "lints", "all"));
  }

  @Test
  void anUnknownIdIsAClearError() {
    IntegrityException e = assertThrows(IntegrityException.class, () -> LintRule.parse("fk-without-index,drop-table", "failOnLints", "none"));
    assertEquals("<failOnLints> names an unknown lint rule 'drop-table'; known rules: fk-without-index, destructive-change, missing-rollback, redundant-index"
        + ", table-rewrite, blocking-lock, index-without-concurrently, constraint-validated-in-place, not-null-without-check,"
        + " rename-breaks-running-app (or all, none).", e.getMessage());
  }

  @Test
  void everyRuleHasItsDocsPage() {
    for (LintRule rule : LintRule.values()) {
      Path page = Path.of("../docs/lints/" + rule.id() + ".md");
      assertTrue(Files.isRegularFile(page), "missing " + page);
    }
  }
}
