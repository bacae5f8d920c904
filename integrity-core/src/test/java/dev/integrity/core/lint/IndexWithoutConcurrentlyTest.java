package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexWithoutConcurrentlyTest extends ObservedRuleTest {

  @Test
  void aPlainIndexAndAUniqueConstraintOnAnExistingTableFireAConcurrentIndexAndAnIndexOnANewTableDoNot() {
    assertEquals(List.of("2-plain-index customer", "3-unique-constraint customer"), findings(LintRule.INDEX_WITHOUT_CONCURRENTLY));
  }
}
