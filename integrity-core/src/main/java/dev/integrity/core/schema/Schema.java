package dev.integrity.core.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One database as read from its catalog, restricted to the compared namespaces: tables, views (compared only
 * as an entity's counterpart), sequences, enum types, and the extensions installed in those namespaces.
 * Sorted, immutable.
 */
public record Schema(List<Table> tables, List<View> views, List<Sequence> sequences, List<EnumType> enumTypes, List<Extension> extensions) {

  public Schema {
    tables = tables.stream().sorted(Comparator.comparing(Table::qualifiedName)).toList();
    views = views.stream().sorted(Comparator.comparing(View::qualifiedName)).toList();
    sequences = sequences.stream().sorted(Comparator.comparing(Sequence::qualifiedName)).toList();
    enumTypes = enumTypes.stream().sorted(Comparator.comparing(EnumType::qualifiedName)).toList();
    extensions = extensions.stream().sorted(Comparator.comparing(Extension::name)).toList();
  }

  /** Tables only, as a hand-built schema or a snapshot holds them. */
  public static Schema of(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {
    return new Schema(tables, List.of(), sequences, enumTypes, List.of());
  }

  public static Schema empty() {
    return of(List.of(), List.of(), List.of());
  }

  public Optional<Table> table(String schema, String name) {
    return tables.stream().filter(t -> t.schema().equals(schema) && t.name().equals(name)).findFirst();
  }
}
