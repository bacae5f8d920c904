package dev.integrity.core.schema;

import java.util.List;

/** A primary key; compared by its columns, never by its name. */
public record PrimaryKey(String name, List<String> columns) {

  public PrimaryKey {
    columns = List.copyOf(columns);
  }
}
