package dev.integrity.core.schema;

import java.util.Map;
import java.util.Optional;

/** The origins of the model's tables ({@code schema.table}) and columns ({@code schema.table.column}). */
public record Origins(Map<String, Origin> byName) {

  public Origins {
    byName = Map.copyOf(byName);
  }

  public static Origins none() {
    return new Origins(Map.of());
  }

  public Optional<Origin> table(String schema, String table) {
    return Optional.ofNullable(byName.get(schema + "." + table));
  }

  public Optional<Origin> column(String schema, String table, String column) {
    return Optional.ofNullable(byName.get(schema + "." + table + "." + column));
  }

  /** The entity behind a table or column, the column's own when known, else its table's. */
  public String entity(String schema, String table, String column) {
    return (column == null ? Optional.<Origin>empty() : column(schema, table, column))
        .or(() -> table(schema, table))
        .map(Origin::entity)
        .orElse(null);
  }
}
