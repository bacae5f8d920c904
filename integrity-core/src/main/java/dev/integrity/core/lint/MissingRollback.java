package dev.integrity.core.lint;

import java.util.List;
import liquibase.changelog.ChangeSet;
import liquibase.database.core.PostgresDatabase;

/**
 * {@code missing-rollback}: a changeSet Liquibase cannot roll back (raw SQL, data changes, drops: changes
 * without an automatic inverse) that declares no {@code <rollback>}. Rolling back a release stops there.
 */
final class MissingRollback implements Lint {

  @Override
  public List<Finding> check(LintInput input) {
    PostgresDatabase postgres = new PostgresDatabase();
    return input.changeSets().stream()
        .filter(changeSet -> !changeSet.supportsRollback(postgres))
        .map(changeSet -> new Finding(LintRule.MISSING_ROLLBACK, LintRule.MISSING_ROLLBACK.severity(), null, null, List.of(),
            input.locator().locate(changeSet),
            "changeSet " + changeSet.getId() + " (" + changeSet.getAuthor() + ") cannot be rolled back: Liquibase has no automatic inverse for "
                + changeSet.getChanges().stream().filter(c -> !c.supportsRollback(postgres))
                    .map(c -> c.getSerializedObjectName()).distinct().sorted().toList()
                + " and the changeSet declares no rollback",
            "add a <rollback> (or '--rollback' in formatted SQL) with the statements that undo it, or <rollback/> if it is safe to skip"))
        .toList();
  }
}
