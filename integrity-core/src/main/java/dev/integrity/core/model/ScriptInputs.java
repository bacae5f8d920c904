package dev.integrity.core.model;

import java.util.List;
import java.util.Map;

/**
 * What an export of the model's DDL is made from, besides the project's files: the request, the mapped classes and
 * annotated packages found, the mapping files and what they declare, the project's Hibernate version and the settings
 * detected for it (placeholders resolved).
 */
public record ScriptInputs(ModelRequest request, List<String> classes, List<String> packages, List<String> mappingFiles,
    Map<String, String> mappingDeclared, List<String> metadataComplete, String hibernateVersion, Map<String, String> settings) {

  public ScriptInputs {
    classes = List.copyOf(classes);
    packages = List.copyOf(packages);
    mappingFiles = List.copyOf(mappingFiles);
    mappingDeclared = Map.copyOf(mappingDeclared);
    metadataComplete = List.copyOf(metadataComplete);
    settings = Map.copyOf(settings);
  }
}
