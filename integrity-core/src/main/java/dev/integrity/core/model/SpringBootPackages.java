package dev.integrity.core.model;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The packages in which a Spring Boot application finds its entities and {@code autoApply} converters, as Spring
 * Boot's JPA auto-configuration decides: those of {@code @EntityScan} ({@code value}, {@code basePackages},
 * {@code basePackageClasses}; the annotated class's own package when it names none), else the package of the
 * {@code @SpringBootApplication} class. {@code scanBasePackages} is component scanning only: Spring Boot looks for
 * no entity there, so neither does this. The annotated classes are found by their class files, then loaded
 * (never initialised) in the project's class loader to read the annotations.
 */
final class SpringBootPackages {

  /** The packages, and the classes whose annotations decided them (for the log). */
  record Decided(List<String> packages, String reason) {

    Decided {
      packages = List.copyOf(packages);
    }
  }

  private static final List<String> ENTITY_SCAN = List.of(
      "org.springframework.boot.autoconfigure.domain.EntityScan", "org.springframework.boot.persistence.autoconfigure.EntityScan");
  private static final List<String> APPLICATION = List.of(
      "org.springframework.boot.autoconfigure.SpringBootApplication", "org.springframework.boot.autoconfigure.EnableAutoConfiguration");

  private SpringBootPackages() {}

  /** Empty when no class under {@code roots} carries those annotations, or when a package is a placeholder. */
  static Optional<Decided> detect(List<Path> roots, ClassLoader project, Log log) {
    List<String> annotationNames = new ArrayList<>(ENTITY_SCAN);
    annotationNames.addAll(APPLICATION);
    TreeSet<String> scanned = new TreeSet<>();
    TreeSet<String> scanClasses = new TreeSet<>();
    TreeSet<String> applicationPackages = new TreeSet<>();
    TreeSet<String> applicationClasses = new TreeSet<>();
    for (String name : EntityScanner.classesNaming(roots, annotationNames)) {
      Optional<Class<?>> type = load(name, project, log);
      if (type.isEmpty()) {
        continue;
      }
      for (Annotation annotation : type.get().getDeclaredAnnotations()) {
        String annotationName = annotation.annotationType().getName();
        if (ENTITY_SCAN.contains(annotationName)) {
          List<String> packages = entityScanPackages(annotation, name);
          scanned.addAll(packages.isEmpty() ? List.of(type.get().getPackageName()) : packages);
          scanClasses.add(name);
        } else if (APPLICATION.contains(annotationName)) {
          applicationPackages.add(type.get().getPackageName());
          applicationClasses.add(name);
        }
      }
    }
    Optional<Decided> decided = !scanned.isEmpty() ? Optional.of(new Decided(List.copyOf(scanned), "@EntityScan on " + String.join(", ", scanClasses)))
        : !applicationPackages.isEmpty() ? Optional.of(new Decided(List.copyOf(applicationPackages), "the package of " + String.join(", ", applicationClasses)))
        : Optional.empty();
    if (decided.isPresent() && decided.get().packages().stream().anyMatch(p -> p.contains("${"))) {
      log.warn("integrity: " + decided.get().reason() + " names the packages " + decided.get().packages()
          + " with a placeholder the plugin cannot resolve; every mapped class of the module and its dependencies is in the model."
          + " Set <packages> to the packages the application scans.");
      return Optional.empty();
    }
    return decided;
  }

  /** Spring splits each value at commas, semicolons and white space. */
  private static List<String> entityScanPackages(Annotation annotation, String annotated) {
    List<String> packages = new ArrayList<>();
    for (String attribute : List.of("value", "basePackages")) {
      for (String value : (String[]) attribute(annotation, attribute, annotated)) {
        for (String name : value.split("[,;\\s]+")) {
          if (!name.isEmpty()) {
            packages.add(name);
          }
        }
      }
    }
    for (Class<?> type : (Class<?>[]) attribute(annotation, "basePackageClasses", annotated)) {
      packages.add(type.getPackageName());
    }
    return packages;
  }

  private static Object attribute(Annotation annotation, String name, String annotated) {
    try {
      return annotation.annotationType().getMethod(name).invoke(annotation);
    } catch (ReflectiveOperationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IntegrityException("cannot read " + name + " of @EntityScan on " + annotated + ": " + cause
          + ". Check that the classes it names are on the project's runtime classpath, or set <packages>.", e);
    }
  }

  private static Optional<Class<?>> load(String name, ClassLoader project, Log log) {
    try {
      return Optional.of(Class.forName(name, false, project));
    } catch (ClassNotFoundException | LinkageError e) {
      log.warn("integrity: " + name + " names a Spring Boot annotation but cannot be loaded from the project's runtime classpath ("
          + e + "); its packages are not used to find entities.");
      return Optional.empty();
    }
  }
}
