package dev.integrity.core.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The settings of a Micronaut application, from the same {@code application.yml}/{@code .properties} files, with its
 * environments as the plugin's {@code profiles} ({@code application-prod.yml}), as {@link SpringBootSettings} reads them:
 * {@code jpa.<name>.properties.hibernate.*} for Hibernate, {@code liquibase.datasources.<name>.*} and {@code
 * flyway.datasources.<name>.*} keyed as {@link SpringBootSettings} keys Spring's. Of several datasources, {@code default}
 * is read, else the first by name.
 */
public final class MicronautSettings {

  private MicronautSettings() {}

  /** The Hibernate settings the application sets in {@code jpa.<name>.properties}. */
  static Map<String, Setting> hibernate(List<Path> roots, List<String> profiles) {
    return under("jpa.", ".properties.", "", roots, profiles, false);
  }

  /** {@code jpa.<name>.mapping-resources}: mapping files the application adds, comma-separated, with where it was set. */
  static Optional<Setting> mappingResources(List<Path> roots, List<String> profiles) {
    return Optional.ofNullable(under("jpa.", ".", "", roots, profiles, true).get("mappingresources"));
  }

  /** {@code liquibase.datasources.<name>.*}, keyed as {@link SpringBootSettings#liquibase} keys {@code spring.liquibase.*}. */
  public static Map<String, Setting> liquibase(List<Path> roots, List<String> profiles) {
    return under("liquibase.datasources.", ".", "parameters.", roots, profiles, true);
  }

  /** {@code flyway.datasources.<name>.*}, keyed as {@link SpringBootSettings#flyway} keys {@code spring.flyway.*}. */
  public static Map<String, Setting> flyway(List<Path> roots, List<String> profiles) {
    return under("flyway.datasources.", ".", "placeholders.", roots, profiles, true);
  }

  /**
   * The keys {@code <prefix><name><infix>…} of the datasource read: relaxed (lower case, no dashes) when {@code relaxed},
   * but those under {@code kept} keep their name.
   */
  private static Map<String, Setting> under(String prefix, String infix, String kept, List<Path> roots, List<String> profiles,
      boolean relaxed) {
    Map<String, Setting> all = SpringBootSettings.properties(roots, profiles);
    TreeSet<String> names = new TreeSet<>();
    all.keySet().stream().filter(key -> key.startsWith(prefix) && key.indexOf(infix, prefix.length()) > prefix.length())
        .forEach(key -> names.add(key.substring(prefix.length(), key.indexOf(infix, prefix.length()))));
    Map<String, Setting> settings = new LinkedHashMap<>();
    if (names.isEmpty()) {
      return settings;
    }
    String start = prefix + (names.contains("default") ? "default" : names.first()) + infix;
    all.forEach((key, setting) -> {
      if (key.startsWith(start)) {
        String name = key.substring(start.length());
        boolean keepsName = !relaxed || (!kept.isEmpty() && name.startsWith(kept));
        settings.put(keepsName ? name : name.replace("-", "").toLowerCase(Locale.ROOT), new Setting(setting.value(), key + " in " + setting.source()));
      }
    });
    return settings;
  }
}
