package dev.integrity.core.schema;

import java.util.List;

/** A PostgreSQL enum type with its labels in their sort order. */
public record EnumType(String schema, String name, List<String> labels) {

  public EnumType {
    labels = List.copyOf(labels);
  }

  public String qualifiedName() {
    return schema + "." + name;
  }
}
