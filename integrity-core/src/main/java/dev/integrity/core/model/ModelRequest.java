package dev.integrity.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the model export needs: the project's runtime classpath (its output directories first), where to
 * look for mapped classes, which packages to keep (empty: all), the plugin's own Hibernate for projects
 * that have none, Hibernate properties and naming strategies (null: detected) that override what was
 * detected in the application's own settings.
 */
public record ModelRequest(
    List<Path> classpath,
    List<Path> entityRoots,
    List<String> packages,
    List<Path> fallbackHibernate,
    Map<String, String> hibernateProperties,
    String physicalNamingStrategy,
    String implicitNamingStrategy) {

  public ModelRequest {
    classpath = List.copyOf(classpath);
    entityRoots = List.copyOf(entityRoots);
    packages = List.copyOf(packages);
    fallbackHibernate = List.copyOf(fallbackHibernate);
    hibernateProperties = Map.copyOf(hibernateProperties);
  }

  public ModelRequest(List<Path> classpath, List<Path> entityRoots, List<String> packages, List<Path> fallbackHibernate,
      Map<String, String> hibernateProperties) {
    this(classpath, entityRoots, packages, fallbackHibernate, hibernateProperties, null, null);
  }
}
