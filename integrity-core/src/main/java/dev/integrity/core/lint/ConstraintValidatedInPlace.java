package dev.integrity.core.lint;

import dev.integrity.core.lint.ObservedStatements.Site;
import dev.integrity.core.observe.LockMode;
import dev.integrity.core.observe.StatementObservation.TableName;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code constraint-validated-in-place}: a new changeSet added a foreign key or check to a table that already existed
 * and PostgreSQL validated it at once (the constraint is valid right after the statement): the whole table is scanned
 * under a lock that blocks writes, instead of adding it {@code NOT VALID} and validating it in a later step.
 */
final class ConstraintValidatedInPlace implements Lint {

  @Override
  public List<Finding> check(LintInput input) {
    List<Finding> findings = new ArrayList<>();
    for (Site site : ObservedStatements.of(input)) {
      site.statement().newConstraints().stream().filter(c -> c.validated()).forEach(c -> findings.add(ObservedStatements.finding(
          LintRule.CONSTRAINT_VALIDATED_IN_PLACE, site, c.table(), List.of(),
          "adds " + (c.foreignKey() ? "foreign key " : "check ") + c.name() + " to existing table " + c.table()
              + " and validates it in the same step: every row is checked while " + waiting(site, c.table()),
          "ALTER TABLE " + c.table() + " ADD CONSTRAINT " + c.name() + " ... NOT VALID; then, in a later changeSet, ALTER TABLE "
              + c.table() + " VALIDATE CONSTRAINT " + c.name() + " (it lets writes go on)")));
    }
    return findings;
  }

  /** Who waits during the validation: writers, and readers too when the changeSet holds ACCESS EXCLUSIVE on the table. */
  private static String waiting(Site site, TableName table) {
    return site.statement().locks().stream().anyMatch(lock -> lock.table().equals(table) && lock.mode() == LockMode.ACCESS_EXCLUSIVE)
        ? "reads and writes wait: the transaction holds ACCESS EXCLUSIVE on it" + (site.statement().locks().stream()
            .anyMatch(lock -> lock.table().equals(table) && lock.mode() == LockMode.ACCESS_EXCLUSIVE && lock.heldBefore())
            ? " since an earlier statement of the changeSet" : "")
        : "writes wait";
  }
}
