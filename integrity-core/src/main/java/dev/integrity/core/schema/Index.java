package dev.integrity.core.schema;

import java.util.List;

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

  /** True when every key is a plain column name (so Liquibase's change types can express it). */
  public boolean plainColumns(Table table) {
    return keys.stream().allMatch(key -> table.column(key).isPresent());
  }

  public String describe() {
    return (constraint ? "unique constraint " : unique ? "unique index " : "index ") + "(" + String.join(", ", keys) + ")"
        + ("btree".equals(method) ? "" : " using " + method)
        + (predicate == null ? "" : " where " + predicate);
  }
}
