package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockingLockTest extends ObservedRuleTest {

  @Test
  void aBackfillInTheChangeSetOfAnAlterTableHoldsItsLockABackfillAloneAndACatalogOnlyAlterDoNot() {
    assertEquals(List.of("2-backfill-under-alter customer"), findings(LintRule.BLOCKING_LOCK));
  }
}
