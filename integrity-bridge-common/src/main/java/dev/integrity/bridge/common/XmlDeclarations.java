package dev.integrity.bridge.common;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of length, precision, scale and nullable an attribute states, in the XML mapping files ({@code declared}: by
 * {@code class#attribute}, comma-separated, from the core's reading of the files) or in its annotations; those of a
 * class in {@code metadataComplete} count only as {@link DeclaredAttributes} says.
 */
final class XmlDeclarations {

  private final Map<String, String> declared;
  private final Set<String> metadataComplete;

  XmlDeclarations(Map<String, String> declared, List<String> metadataComplete) {
    this.declared = Map.copyOf(declared);
    this.metadataComplete = Set.copyOf(metadataComplete);
  }

  Set<String> of(Class<?> owner, String property) {
    Set<String> stated = new LinkedHashSet<>();
    for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
      String inXml = declared.get(type.getName() + "#" + property);
      if (inXml != null) {
        stated.addAll(List.of(inXml.split(",")));
      }
    }
    stated.addAll(DeclaredAttributes.of(owner, property, owner == null || !metadataComplete.contains(owner.getName())));
    return stated;
  }
}
