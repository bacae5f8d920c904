package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotNullWithoutCheckTest extends ObservedRuleTest {

  @Test
  void setNotNullScanningTheTableFiresSetNotNullAfterAValidatedCheckDoesNot() {
    assertEquals(List.of("2-set-not-null customer [name]"), findings(LintRule.NOT_NULL_WITHOUT_CHECK));
  }
}
