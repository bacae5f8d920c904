package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintValidatedInPlaceTest extends ObservedRuleTest {

  @Test
  void aForeignKeyAndACheckValidatedWhenAddedFireNotValidThenValidateDoesNot() {
    assertEquals(List.of("2-foreign-key-in-place purchase", "3-check-in-place purchase", "6-column-and-foreign-key purchase"),
        findings(LintRule.CONSTRAINT_VALIDATED_IN_PLACE));
  }

  @Test
  void aValidationUnderTheAccessExclusiveLockOfAnEarlierAlterSaysThatReadsWaitToo() {
    List<String> messages = reported(LintRule.CONSTRAINT_VALIDATED_IN_PLACE).stream().map(Finding::message).sorted().toList();
    assertTrue(messages.get(0).contains("every row is checked while writes wait"), messages.get(0));
    assertTrue(messages.get(2).contains("every row is checked while reads and writes wait: the transaction holds ACCESS EXCLUSIVE on it"
        + " since an earlier statement of the changeSet"), messages.get(2));
  }
}
