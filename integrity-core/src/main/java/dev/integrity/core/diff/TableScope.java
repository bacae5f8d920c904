package dev.integrity.core.diff;

import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Table;
import java.util.List;
import java.util.Map;

/**
 * One table present on both sides, with the columns only one side has: a constraint or index that reads
 * such a column belongs to that column's difference (added with it, or dropped with it by PostgreSQL).
 */
record TableScope(Table m, Table d, Map<String, Table> modelTables, Map<String, Table> dbTables) {

  /** The first of {@code columns} that only the model has, or null. */
  String firstMissing(List<String> columns) {
    return columns.stream().filter(c -> m.column(c).isPresent() && d.column(c).isEmpty()).findFirst().orElse(null);
  }

  boolean readsExtraColumn(List<String> columns) {
    return columns.stream().anyMatch(c -> d.column(c).isPresent() && m.column(c).isEmpty());
  }

  static boolean references(ForeignKey key, Table table) {
    return key.referencedSchema().equals(table.schema()) && key.referencedTable().equals(table.name());
  }
}
