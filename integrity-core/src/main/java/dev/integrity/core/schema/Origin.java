package dev.integrity.core.schema;

import java.util.Set;

/**
 * Where a model table or column came from: the entity class, the attribute path (null for a table), and
 * which of {@code length}, {@code precision}, {@code scale}, {@code nullable} the entity declares itself.
 */
public record Origin(String entity, String attribute, Set<String> declared) {

  public Origin {
    declared = Set.copyOf(declared);
  }

  public boolean declares(String attributeName) {
    return declared.contains(attributeName);
  }
}
