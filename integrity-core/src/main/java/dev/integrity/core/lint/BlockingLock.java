package dev.integrity.core.lint;

import dev.integrity.core.lint.ObservedStatements.Site;
import dev.integrity.core.observe.LockMode;
import dev.integrity.core.observe.StatementObservation;
import dev.integrity.core.observe.StatementObservation.TableName;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code blocking-lock}: a statement of a new changeSet read or wrote the rows of a table that already existed while
 * its transaction held a lock on it that blocks writes (SHARE or stronger; ACCESS EXCLUSIVE also blocks reads), so the
 * lock lasted for more than a catalog change: typically a backfill UPDATE in the same changeSet as an ALTER TABLE.
 * Work that another rule names (a rewrite, an index build, a constraint validated or a NOT NULL proven by a scan) is
 * left to that rule.
 */
final class BlockingLock implements Lint {

  @Override
  public List<Finding> check(LintInput input) {
    List<Finding> findings = new ArrayList<>();
    for (Site site : ObservedStatements.of(input)) {
      StatementObservation statement = site.statement();
      statement.locks().stream()
          .filter(lock -> lock.mode().blocksWrites())
          .filter(lock -> statement.scanned().contains(lock.table()) || statement.written().contains(lock.table()))
          .filter(lock -> !explained(statement, lock.table()))
          .forEach(lock -> findings.add(ObservedStatements.finding(LintRule.BLOCKING_LOCK, site, lock.table(), List.of(),
              "works through the rows of existing table " + lock.table() + " while its transaction holds " + lock.mode().sql() + " on it"
                  + (lock.heldBefore() ? " (taken by an earlier statement of the changeSet)" : "") + ": "
                  + (lock.mode() == LockMode.ACCESS_EXCLUSIVE ? "reads and writes" : "writes") + " wait until it commits",
              "move the row work (backfill, copy) into a changeSet of its own, without the ALTER TABLE, in batches;"
                  + " keep the schema change a catalog-only statement")));
    }
    return findings;
  }

  private static boolean explained(StatementObservation statement, TableName table) {
    return statement.rewritten().contains(table)
        || statement.newIndexes().stream().anyMatch(index -> index.table().equals(table))
        || statement.newConstraints().stream().anyMatch(c -> c.validated() && (c.table().equals(table) || table.equals(c.referenced())))
        || statement.notNullSet().stream().anyMatch(column -> column.table().equals(table));
  }
}
