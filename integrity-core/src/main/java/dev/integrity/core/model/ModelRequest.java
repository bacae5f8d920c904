package dev.integrity.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the model export needs: the project's runtime classpath (its output directories first), where to
 * look for mapped classes, which packages to keep (empty: those the Spring Boot application scans, else all; see
 * {@code SpringBootPackages}), the plugin's own Hibernate for projects
 * that have none, Hibernate properties and naming strategies (null: detected) that override what was
 * detected in the application's own settings. {@code entityRoots} are the project's own output directories
 * (its settings are read there); {@code entitySources} are where mapped classes are looked for, the project's
 * own output and the dependencies chosen for it (empty: {@code entityRoots}); with packages, the whole classpath is. {@code profiles} are the Spring
 * profiles whose settings apply (see {@link SpringBootSettings}).
 */
public record ModelRequest(
    List<Path> classpath,
    List<Path> entityRoots,
    List<String> packages,
    List<Path> fallbackHibernate,
    Map<String, String> hibernateProperties,
    String physicalNamingStrategy,
    String implicitNamingStrategy,
    List<EntitySource> entitySources,
    List<String> profiles) {

  public ModelRequest {
    classpath = List.copyOf(classpath);
    entityRoots = List.copyOf(entityRoots);
    packages = List.copyOf(packages);
    fallbackHibernate = List.copyOf(fallbackHibernate);
    hibernateProperties = Map.copyOf(hibernateProperties);
    entitySources = entitySources == null || entitySources.isEmpty()
        ? entityRoots.stream().map(root -> new EntitySource(root.toString(), root)).toList()
        : List.copyOf(entitySources);
    profiles = profiles == null || profiles.isEmpty() ? SpringBootSettings.DEFAULT_PROFILES : List.copyOf(profiles);
  }

  public ModelRequest(List<Path> classpath, List<Path> entityRoots, List<String> packages, List<Path> fallbackHibernate,
      Map<String, String> hibernateProperties, String physicalNamingStrategy, String implicitNamingStrategy, List<EntitySource> entitySources) {
    this(classpath, entityRoots, packages, fallbackHibernate, hibernateProperties, physicalNamingStrategy, implicitNamingStrategy, entitySources,
        List.of());
  }

  public ModelRequest(List<Path> classpath, List<Path> entityRoots, List<String> packages, List<Path> fallbackHibernate,
      Map<String, String> hibernateProperties, String physicalNamingStrategy, String implicitNamingStrategy) {
    this(classpath, entityRoots, packages, fallbackHibernate, hibernateProperties, physicalNamingStrategy, implicitNamingStrategy, List.of(), List.of());
  }

  public ModelRequest(List<Path> classpath, List<Path> entityRoots, List<String> packages, List<Path> fallbackHibernate,
      Map<String, String> hibernateProperties) {
    this(classpath, entityRoots, packages, fallbackHibernate, hibernateProperties, null, null, List.of(), List.of());
  }
}
