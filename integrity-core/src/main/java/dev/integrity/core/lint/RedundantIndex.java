package dev.integrity.core.lint;

import dev.integrity.core.changelog.Names;
import dev.integrity.core.schema.Identifiers;
import dev.integrity.core.schema.Index;
import dev.integrity.core.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code redundant-index}: a btree index without predicate whose keys lead another btree index without
 * predicate of the same uniqueness (a unique index only when the keys are the same), or that is unique on
 * exactly the primary key's columns. Every write maintains it and no query needs it. Of two identical
 * indexes the one whose name sorts last is reported.
 */
final class RedundantIndex implements Lint {

  @Override
  public List<Finding> check(LintInput input) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : input.migrated().tables()) {
      for (Index index : table.indexes()) {
        coverer(table, index).ifPresent(by -> findings.add(finding(input, table, index, by)));
      }
    }
    return findings;
  }

  /** What makes {@code index} redundant: another index's or the primary key's description. */
  private static Optional<String> coverer(Table table, Index index) {
    if (!plain(index)) {
      return Optional.empty();
    }
    if (index.unique() && table.primaryKey() != null && index.keys().size() == table.primaryKey().columns().size()
        && index.columnKeys(table).map(keys -> keys.equals(table.primaryKey().columns())).orElse(false)) {
      return Optional.of("the primary key (" + String.join(", ", table.primaryKey().columns()) + ")");
    }
    return table.indexes().stream()
        .filter(other -> other != index && plain(other) && other.unique() == index.unique() && covers(other, index))
        .findFirst()
        .map(other -> other.describe() + " " + other.name());
  }

  private static boolean plain(Index index) {
    return "btree".equals(index.method()) && index.predicate() == null;
  }

  /** True when {@code other}'s keys lead with {@code index}'s (the same keys for unique ones); of equal keys the first name covers. */
  private static boolean covers(Index other, Index index) {
    List<String> keys = index.keys();
    if (other.keys().size() < keys.size() || index.unique() && other.keys().size() != keys.size()) {
      return false;
    }
    for (int i = 0; i < keys.size(); i++) {
      if (!other.keys().get(i).equals(keys.get(i))) {
        return false;
      }
    }
    return other.keys().size() > keys.size() || other.name().compareTo(index.name()) < 0;
  }

  private static Finding finding(LintInput input, Table table, Index index, String coveredBy) {
    String entity = input.origins().entity(table.schema(), table.name(), null);
    String qualifiedIndex = Names.qualified(table.schema(), index.name());
    return new Finding(LintRule.REDUNDANT_INDEX, LintRule.REDUNDANT_INDEX.severity(), table.schema(), table.name(),
        index.columnKeys(table).orElse(index.keys()),
        entity == null ? "table " + table.qualifiedName() : "entity " + entity,
        index.describe() + " " + index.name() + " on " + table.name() + " is already covered by " + coveredBy
            + ": every write maintains it and no query needs it",
        index.constraint()
            ? "ALTER TABLE " + Names.qualified(table.schema(), table.name()) + " DROP CONSTRAINT " + Identifiers.quote(index.name()) + ";"
            : "DROP INDEX " + qualifiedIndex + ";");
  }
}
