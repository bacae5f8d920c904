package dev.integrity.core.schema;

import java.util.List;

/**
 * A check constraint; {@code expression} as PostgreSQL normalises it ({@code pg_get_expr}); {@code columns}
 * the columns it reads, sorted (empty when unknown).
 */
public record Check(String name, String expression, List<String> columns) {

  public Check {
    columns = columns.stream().sorted().toList();
  }

  public Check(String name, String expression) {
    this(name, expression, List.of());
  }
}
