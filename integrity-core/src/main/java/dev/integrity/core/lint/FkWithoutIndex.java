package dev.integrity.core.lint;

import dev.integrity.core.changelog.Names;
import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Identifiers;
import dev.integrity.core.schema.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code fk-without-index}: a foreign key whose columns no index leads with. PostgreSQL indexes the
 * referenced side only; without an index on the referencing columns every delete or key update of the
 * referenced row scans the whole referencing table, and joins along the key cannot use an index. An index
 * (or the primary key) covers the key when its first columns are the key's columns in any order; partial
 * and non-btree indexes do not count, since they cannot serve every lookup the key needs.
 */
final class FkWithoutIndex implements Lint {

  @Override
  public List<Finding> check(LintInput input) {
    return input.migrated().tables().stream()
        .flatMap(table -> table.foreignKeys().stream().filter(key -> !covered(table, key)).map(key -> finding(input, table, key)))
        .toList();
  }

  private static boolean covered(Table table, ForeignKey key) {
    Set<String> columns = new HashSet<>(key.columns());
    if (table.primaryKey() != null && leads(table.primaryKey().columns(), columns)) {
      return true;
    }
    return table.indexes().stream()
        .filter(index -> "btree".equals(index.method()) && index.predicate() == null)
        .map(index -> index.keys().stream().map(FkWithoutIndex::column).toList())
        .anyMatch(keys -> keys.size() >= columns.size()
            && columns.stream().allMatch(column -> keys.subList(0, columns.size()).stream().anyMatch(printed -> Identifiers.names(printed, column))));
  }

  private static boolean leads(List<String> keys, Set<String> columns) {
    return keys.size() >= columns.size() && new HashSet<>(keys.subList(0, columns.size())).equals(columns);
  }

  /** An index key as the catalog prints it, without its sort options. */
  private static String column(String key) {
    return key.replaceFirst("( DESC)?( NULLS (FIRST|LAST))?$", "");
  }

  private static Finding finding(LintInput input, Table table, ForeignKey key) {
    String entity = input.origins().entity(table.schema(), table.name(), null);
    String index = Names.constraint("ix", table.name(), key.columns());
    return new Finding(LintRule.FK_WITHOUT_INDEX, LintRule.FK_WITHOUT_INDEX.severity(), table.schema(), table.name(), key.columns(),
        entity == null ? "table " + table.qualifiedName() : "entity " + entity,
        "foreign key " + table.name() + key.describe() + " has no index leading with its columns: deleting or updating a referenced "
            + key.referencedTable() + " row scans all of " + table.name(),
        "CREATE INDEX " + index + " ON " + Names.qualified(table.schema(), table.name()) + " ("
            + String.join(", ", key.columns().stream().map(Identifiers::quote).toList()) + ");");
  }
}
