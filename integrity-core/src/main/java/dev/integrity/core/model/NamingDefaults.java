package dev.integrity.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The naming strategies the application boots with when it does not set them: Spring Boot's when Spring
 * Boot's JPA support is on the classpath (Spring Boot sets them itself), Micronaut Data's physical naming when
 * Micronaut Data JPA is (its {@code DefaultPhysicalNamingStrategy} bean: lower case, underscores), else Hibernate's own
 * (Quarkus keeps Hibernate's).
 */
final class NamingDefaults {

  static final String PHYSICAL = "hibernate.physical_naming_strategy";
  static final String IMPLICIT = "hibernate.implicit_naming_strategy";

  private static final String SPRING_IMPLICIT = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";
  private static final String SPRING_BOOT_4_IMPLICIT = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";
  private static final String SPRING_BOOT_2_PHYSICAL = "org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy";
  /** Micronaut Data 4's, then the one of Micronaut Data 3's {@code micronaut-data-hibernate6} module. */
  private static final List<String> MICRONAUT_DATA_PHYSICAL = List.of("io.micronaut.data.hibernate.naming.DefaultPhysicalNamingStrategy",
      "io.micronaut.data.hibernate6.naming.DefaultPhysicalNamingStrategy");
  private static final String CAMEL_CASE_TO_UNDERSCORES = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

  private NamingDefaults() {}

  /** Spring Boot's strategies (4.x, 3.x or 2.x, whichever is on the classpath), Micronaut Data's, or none; each with why. */
  static Map<String, Setting> detect(ClassLoader project) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    String spring = "Spring Boot on the classpath";
    if (present(project, SPRING_BOOT_4_IMPLICIT)) {
      settings.put(IMPLICIT, new Setting(SPRING_BOOT_4_IMPLICIT, spring));
      settings.put(PHYSICAL, new Setting(CAMEL_CASE_TO_UNDERSCORES, spring));
    } else if (present(project, SPRING_IMPLICIT)) {
      settings.put(IMPLICIT, new Setting(SPRING_IMPLICIT, spring));
      settings.put(PHYSICAL, new Setting(present(project, SPRING_BOOT_2_PHYSICAL) ? SPRING_BOOT_2_PHYSICAL : CAMEL_CASE_TO_UNDERSCORES, spring));
    } else {
      MICRONAUT_DATA_PHYSICAL.stream().filter(name -> present(project, name)).findFirst()
          .ifPresent(name -> settings.put(PHYSICAL, new Setting(name, "Micronaut Data JPA on the classpath")));
    }
    return settings;
  }

  private static boolean present(ClassLoader loader, String className) {
    return loader.getResource(className.replace('.', '/') + ".class") != null;
  }
}
