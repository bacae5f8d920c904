package dev.integrity.core.lint;

import dev.integrity.core.lint.ObservedStatements.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code index-without-concurrently}: a new changeSet built an index on a table that already existed without {@code
 * CONCURRENTLY} (a CREATE INDEX, or the index of a new unique or primary key constraint): writes to the table wait
 * until the whole index is built.
 */
final class IndexWithoutConcurrently implements Lint {

  private static final Pattern CONCURRENTLY = Pattern.compile("\\bCONCURRENTLY\\b", Pattern.CASE_INSENSITIVE);

  @Override
  public List<Finding> check(LintInput input) {
    List<Finding> findings = new ArrayList<>();
    for (Site site : ObservedStatements.of(input)) {
      if (CONCURRENTLY.matcher(site.statement().sql()).find()) {
        continue;
      }
      site.statement().newIndexes().forEach(index -> findings.add(ObservedStatements.finding(LintRule.INDEX_WITHOUT_CONCURRENTLY, site,
          index.table(), List.of(), "builds index " + index.index() + " on existing table " + index.table()
              + " without CONCURRENTLY: inserts, updates and deletes wait until it is built",
          "CREATE INDEX CONCURRENTLY in a changeSet of its own with runInTransaction=\"false\"; for a unique or primary key, build the"
              + " unique index CONCURRENTLY, then ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX")));
    }
    return findings;
  }
}
