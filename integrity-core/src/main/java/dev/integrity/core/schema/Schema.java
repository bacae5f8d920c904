package dev.integrity.core.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One database as read from its catalog, restricted to the compared namespaces. Sorted, immutable. */
public record Schema(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {

  public Schema {
    tables = tables.stream().sorted(Comparator.comparing(Table::qualifiedName)).toList();
    sequences = sequences.stream().sorted(Comparator.comparing(Sequence::qualifiedName)).toList();
    enumTypes = enumTypes.stream().sorted(Comparator.comparing(EnumType::qualifiedName)).toList();
  }

  public static Schema empty() {
    return new Schema(List.of(), List.of(), List.of());
  }

  public Optional<Table> table(String schema, String name) {
    return tables.stream().filter(t -> t.schema().equals(schema) && t.name().equals(name)).findFirst();
  }
}
