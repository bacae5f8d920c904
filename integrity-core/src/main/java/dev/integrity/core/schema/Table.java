package dev.integrity.core.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A table: columns in their ordinal order, the primary key (null when there is none), and the other
 * constraints and indexes sorted by their structural key so that generated names never decide the order.
 */
public record Table(
    String schema,
    String name,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<ForeignKey> foreignKeys,
    List<Index> indexes,
    List<Check> checks) {

  public Table {
    columns = List.copyOf(columns);
    foreignKeys = foreignKeys.stream().sorted(Comparator.comparing(ForeignKey::structure)).toList();
    indexes = indexes.stream().sorted(Comparator.comparing(Index::structure)).toList();
    checks = checks.stream().sorted(Comparator.comparing(Check::expression)).toList();
  }

  public String qualifiedName() {
    return schema + "." + name;
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }
}
