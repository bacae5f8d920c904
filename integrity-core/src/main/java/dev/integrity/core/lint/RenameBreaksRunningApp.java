package dev.integrity.core.lint;

import dev.integrity.core.lint.ObservedStatements.Site;
import dev.integrity.core.observe.StatementObservation.Removal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rename-breaks-running-app}: a new changeSet renamed or dropped a table or column that existed at the base.
 * The previous release, still running while the new one deploys, maps the schema as it was at the base (verify kept
 * its model and its migrations equal), so its queries on that name fail from the moment the changeSet commits. The
 * entity classes at the base are not compiled: the schema at the base stands in for the previous release's model, so
 * a column it had but never mapped is reported too.
 */
final class RenameBreaksRunningApp implements Lint {

  @Override
  public List<Finding> check(LintInput input) {
    List<Finding> findings = new ArrayList<>();
    for (Site site : ObservedStatements.of(input)) {
      for (Removal removal : site.statement().removals()) {
        String what = removal.column() == null ? "table " + removal.table() : "column " + removal.table() + "." + removal.column();
        findings.add(ObservedStatements.finding(LintRule.RENAME_BREAKS_RUNNING_APP, site, removal.table(),
            removal.column() == null ? List.of() : List.of(removal.column()),
            (removal.newName() == null ? "drops " : "renames ") + what + (removal.newName() == null ? "" : " to " + removal.newName())
                + ", which the previous release (the schema at the base) still uses while the new one deploys",
            "expand and contract: add the new " + (removal.column() == null ? "table" : "column") + ", write both from this release,"
                + " and rename or drop the old one in a later release once no running version uses it"));
      }
    }
    return findings;
  }
}
