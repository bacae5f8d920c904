package dev.integrity.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An index, or a unique constraint (which PostgreSQL backs with a unique index: the two are the same
 * thing to a query, so they are one record here, {@code constraint} telling which was declared). {@code
 * keys} are column names or expressions as {@code pg_get_indexdef} prints them, with {@code DESC} and
 * {@code NULLS FIRST/LAST} where they differ from the default; {@code predicate} is a partial index's
 * WHERE clause or null; {@code method} the access method ({@code btree}, {@code gin}, ...); {@code columns}
 * every column the index reads (in keys, expressions or predicate), sorted (empty when unknown).
 */
public record Index(String name, List<String> keys, boolean unique, boolean constraint, String method, String predicate,
    List<String> columns) {

  public Index {
    keys = List.copyOf(keys);
    columns = columns.stream().sorted().toList();
  }

  public Index(String name, List<String> keys, boolean unique, boolean constraint, String method, String predicate) {
    this(name, keys, unique, constraint, method, predicate, keys);
  }

  /** What identifies the index regardless of its name, and whether it was declared as a constraint. */
  public String structure() {
    return (unique ? "unique " : "") + method + "(" + String.join(", ", keys) + ")" + (predicate == null ? "" : " where " + predicate);
  }

  /**
   * The table's columns that the keys are, in key order, when every key is a plain column (a key is spelled
   * as PostgreSQL quotes it: {@code "createdAt"}, {@code "order"}); empty when a key is an expression or sorts.
   */
  public Optional<List<String>> columnKeys(Table table) {
    List<String> names = new ArrayList<>();
    for (String key : keys) {
      Optional<Column> column = table.columns().stream().filter(c -> Identifiers.names(key, c.name())).findFirst();
      if (column.isEmpty()) {
        return Optional.empty();
      }
      names.add(column.get().name());
    }
    return Optional.of(names);
  }

  public String describe() {
    return (constraint ? "unique constraint " : unique ? "unique index " : "index ") + "(" + String.join(", ", keys) + ")"
        + ("btree".equals(method) ? "" : " using " + method)
        + (predicate == null ? "" : " where " + predicate);
  }
}
