package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexWithoutConcurrentlyTest extends ObservedRuleTest {

  @Test
  void aPlainIndexAndAUniqueConstraintOnAnExistingTableFireAConcurrentIndexAndAnIndexOnANewTableDoNot() {
    assertEquals(List.of("2-plain-index customer", "3-unique-constraint customer", "6-plain-index-outside-transaction purchase"),
        findings(LintRule.INDEX_WITHOUT_CONCURRENTLY));
  }

  @Test
  void aStatementOutsideATransactionIsObservedAndTheFindingSaysItsLocksWereNot() {
    List<String> outside = reported(LintRule.INDEX_WITHOUT_CONCURRENTLY).stream().map(Finding::message)
        .filter(m -> m.endsWith("; it ran outside a transaction, so its locks were not observed")).toList();
    assertEquals(1, outside.size(), outside.toString());
    assertTrue(outside.get(0).startsWith("changeSet 6-plain-index-outside-transaction (test) builds index purchase_amount_idx"), outside.get(0));
  }
}
