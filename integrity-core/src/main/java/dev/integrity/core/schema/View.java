package dev.integrity.core.schema;

import java.util.List;
import java.util.Optional;

/**
 * A view or materialized view: its columns in their ordinal order, with the types PostgreSQL derives for them
 * (never NOT NULL, no keys, constraints or indexes). An entity may be mapped onto one.
 */
public record View(String schema, String name, List<Column> columns) {

  public View {
    columns = List.copyOf(columns);
  }

  public String qualifiedName() {
    return schema + "." + name;
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }
}
