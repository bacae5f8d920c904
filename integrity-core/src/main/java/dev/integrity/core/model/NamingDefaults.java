package dev.integrity.core.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The naming strategies the application boots with when it does not set them: Spring Boot's when Spring
 * Boot's JPA support is on the classpath (Spring Boot sets them itself), else Hibernate's own.
 */
final class NamingDefaults {

  static final String PHYSICAL = "hibernate.physical_naming_strategy";
  static final String IMPLICIT = "hibernate.implicit_naming_strategy";

  private static final String SPRING_IMPLICIT = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";
  private static final String SPRING_BOOT_4_IMPLICIT = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";
  private static final String SPRING_BOOT_2_PHYSICAL = "org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy";
  private static final String CAMEL_CASE_TO_UNDERSCORES = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

  private NamingDefaults() {}

  /** Spring Boot's strategies (4.x, 3.x or 2.x, whichever is on the classpath), or none. */
  static Map<String, String> detect(ClassLoader project) {
    Map<String, String> settings = new LinkedHashMap<>();
    if (present(project, SPRING_BOOT_4_IMPLICIT)) {
      settings.put(IMPLICIT, SPRING_BOOT_4_IMPLICIT);
      settings.put(PHYSICAL, CAMEL_CASE_TO_UNDERSCORES);
    } else if (present(project, SPRING_IMPLICIT)) {
      settings.put(IMPLICIT, SPRING_IMPLICIT);
      settings.put(PHYSICAL, present(project, SPRING_BOOT_2_PHYSICAL) ? SPRING_BOOT_2_PHYSICAL : CAMEL_CASE_TO_UNDERSCORES);
    }
    return settings;
  }

  private static boolean present(ClassLoader loader, String className) {
    return loader.getResource(className.replace('.', '/') + ".class") != null;
  }
}
