package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenameBreaksRunningAppTest extends ObservedRuleTest {

  @Test
  void aRenamedColumnAndADroppedTableOfTheBaseFireAColumnAddedAndRenamedAfterTheBaseDoesNot() {
    assertEquals(List.of("2-rename-column customer [note]", "3-drop-table purchase"), findings(LintRule.RENAME_BREAKS_RUNNING_APP));
  }
}
