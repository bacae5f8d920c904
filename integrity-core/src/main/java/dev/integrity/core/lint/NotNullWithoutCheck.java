package dev.integrity.core.lint;

import dev.integrity.core.lint.ObservedStatements.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code not-null-without-check}: a new changeSet made an existing column NOT NULL and PostgreSQL scanned the table to
 * prove it, under an ACCESS EXCLUSIVE lock. With a validated {@code CHECK (column IS NOT NULL)} in place first,
 * PostgreSQL 12 and later skip that scan, so the statement is a catalog change; that is the safe form, and stays silent.
 */
final class NotNullWithoutCheck implements Lint {

  @Override
  public List<Finding> check(LintInput input) {
    List<Finding> findings = new ArrayList<>();
    for (Site site : ObservedStatements.of(input)) {
      site.statement().notNullSet().stream().filter(column -> site.statement().scanned().contains(column.table()))
          .forEach(column -> findings.add(ObservedStatements.finding(LintRule.NOT_NULL_WITHOUT_CHECK, site, column.table(),
              List.of(column.column()), "sets " + column.table() + "." + column.column()
                  + " NOT NULL and PostgreSQL scans every row to prove it while reads and writes wait",
              "ADD CONSTRAINT " + column.column() + "_not_null CHECK (" + column.column() + " IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT"
                  + " " + column.column() + "_not_null in a later changeSet; then SET NOT NULL (no scan) and drop the check")));
    }
    return findings;
  }
}
