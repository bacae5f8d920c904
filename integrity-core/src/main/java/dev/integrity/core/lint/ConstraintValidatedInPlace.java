package dev.integrity.core.lint;

import dev.integrity.core.lint.ObservedStatements.Site;
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
              + " and validates it in the same step: every row is checked while writes wait",
          "ALTER TABLE " + c.table() + " ADD CONSTRAINT " + c.name() + " ... NOT VALID; then, in a later changeSet, ALTER TABLE "
              + c.table() + " VALIDATE CONSTRAINT " + c.name() + " (it lets writes go on)")));
    }
    return findings;
  }
}
