package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintValidatedInPlaceTest extends ObservedRuleTest {

  @Test
  void aForeignKeyAndACheckValidatedWhenAddedFireNotValidThenValidateDoesNot() {
    assertEquals(List.of("2-foreign-key-in-place purchase", "3-check-in-place purchase"), findings(LintRule.CONSTRAINT_VALIDATED_IN_PLACE));
  }
}
