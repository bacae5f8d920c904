package dev.integrity.core.diff;

import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The model's tables all in one schema and the migrated tables of the same names in another: the migrations and
 * the model were pointed at different schemas, and every table then shows as missing on one side and extra on
 * the other. Said in one line that names the settings deciding each side's schema, instead of a hundred differences
 * read one by one.
 */
public final class SchemaPairing {

  private SchemaPairing() {}

  /**
   * The line, when no model table is in the migrated database under its own schema and at least half of them are,
   * by name, in one other schema of it; {@code model} and {@code migrated} hold every schema.
   */
  public static Optional<String> line(Schema model, Schema migrated) {
    Set<String> modelSchemas = model.tables().stream().map(Table::schema).collect(Collectors.toSet());
    if (modelSchemas.size() != 1 || model.tables().stream().anyMatch(t -> migrated.table(t.schema(), t.name()).isPresent())) {
      return Optional.empty();
    }
    String modelSchema = modelSchemas.iterator().next();
    Set<String> names = model.tables().stream().map(Table::name).collect(Collectors.toSet());
    Map<String, Long> paired = new TreeMap<>(migrated.tables().stream()
        .filter(t -> !t.schema().equals(modelSchema) && names.contains(t.name()))
        .collect(Collectors.groupingBy(Table::schema, Collectors.counting())));
    return paired.entrySet().stream()
        .filter(e -> e.getValue() * 2 >= names.size())
        .max(Map.Entry.comparingByValue())
        .map(e -> "The model's " + names.size() + " tables are in schema " + modelSchema + ", and the migrations created "
            + e.getValue() + " of the same names in schema " + e.getKey() + ": the two sides were pointed at different schemas."
            + " Set the one the application uses: spring.liquibase.default-schema for the migrations, or currentSchema in"
            + " spring.datasource.url / hibernate.default_schema for the model");
  }
}
