package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableRewriteTest extends ObservedRuleTest {

  @Test
  void aTypeChangeThatIsNotBinaryCompatibleAndAVolatileDefaultRewriteAWidenedVarcharAConstantDefaultAndANewTableDoNot() {
    assertEquals(List.of("2-type-not-binary-compatible customer", "3-volatile-default purchase"), findings(LintRule.TABLE_REWRITE));
  }
}
