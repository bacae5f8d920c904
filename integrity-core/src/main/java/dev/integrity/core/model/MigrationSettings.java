package dev.integrity.core.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application's Liquibase and Flyway settings, whichever framework it configures them for: Spring Boot's
 * {@code spring.liquibase.*} and {@code spring.flyway.*}, then Quarkus's {@code quarkus.liquibase.*} and {@code
 * quarkus.flyway.*}, then Micronaut's {@code liquibase.datasources.<name>.*} and {@code flyway.datasources.<name>.*},
 * keyed alike (see {@link SpringBootSettings#liquibase}).
 */
public final class MigrationSettings {

  private MigrationSettings() {}

  public static Map<String, Setting> liquibase(List<Path> roots, List<String> profiles) {
    Map<String, Setting> settings = new LinkedHashMap<>(SpringBootSettings.liquibase(roots, profiles));
    settings.putAll(QuarkusSettings.liquibase(roots, profiles));
    settings.putAll(MicronautSettings.liquibase(roots, profiles));
    return settings;
  }

  public static Map<String, Setting> flyway(List<Path> roots, List<String> profiles) {
    Map<String, Setting> settings = new LinkedHashMap<>(SpringBootSettings.flyway(roots, profiles));
    settings.putAll(QuarkusSettings.flyway(roots, profiles));
    settings.putAll(MicronautSettings.flyway(roots, profiles));
    return settings;
  }
}
