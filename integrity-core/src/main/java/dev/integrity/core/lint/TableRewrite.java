package dev.integrity.core.lint;

import dev.integrity.core.lint.ObservedStatements.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code table-rewrite}: a statement of a new changeSet rewrote a table that already existed (its {@code relfilenode}
 * changed: a type change that is not binary compatible, a volatile default, a stored generated column...), or rebuilt
 * one of its indexes. The table is locked ACCESS EXCLUSIVE while every row is copied.
 */
final class TableRewrite implements Lint {

  @Override
  public List<Finding> check(LintInput input) {
    List<Finding> findings = new ArrayList<>();
    for (Site site : ObservedStatements.of(input)) {
      site.statement().rewritten().forEach(table -> findings.add(ObservedStatements.finding(LintRule.TABLE_REWRITE, site, table, List.of(),
          "rewrites table " + table + ": PostgreSQL copies every row into a new file while reads and writes wait",
          "keep the change binary compatible (widen varchar or numeric, varchar to text), add a column without a volatile default and"
              + " backfill it in batches, or add a new column, copy in batches and switch over")));
      site.statement().rebuiltIndexes().forEach(index -> findings.add(ObservedStatements.finding(LintRule.TABLE_REWRITE, site, index.table(),
          List.of(), "rebuilds index " + index.index() + " of table " + index.table() + " while writes wait",
          "rebuild it with REINDEX INDEX CONCURRENTLY (or a new index built CONCURRENTLY) in a changeSet with runInTransaction=\"false\"")));
    }
    return findings;
  }
}
