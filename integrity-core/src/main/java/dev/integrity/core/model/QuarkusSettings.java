package dev.integrity.core.model;

import dev.integrity.core.common.IntegrityException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The settings of a Quarkus application, from its {@code application.properties} and, with quarkus-config-yaml, {@code
 * application.yaml} (classpath root, then {@code config/}): each key as it stands, overridden by {@code %<profile>.key} for each active profile of the plugin's
 * {@code profiles} ({@code %prod.} by default; {@code %dev.} and {@code %test.} are not production's). Quarkus keeps
 * Hibernate's own defaults for everything that shapes the DDL (its physical naming is Hibernate's, not Spring's), so
 * only what the application sets is read: {@code quarkus.hibernate-orm.*} for Hibernate, {@code quarkus.liquibase.*}
 * and {@code quarkus.flyway.*} keyed as {@link SpringBootSettings} keys Spring's. Only the default persistence unit's
 * keys are read: a named unit's ({@code quarkus.hibernate-orm."users".*}) are not.
 */
public final class QuarkusSettings {

  private static final String HIBERNATE = "quarkus.hibernate-orm.";
  private static final String UNSUPPORTED = HIBERNATE + "unsupported-properties.";
  private static final Map<String, String> HIBERNATE_NAMES = Map.of(
      HIBERNATE + "database.default-schema", "hibernate.default_schema",
      HIBERNATE + "database.default-catalog", "hibernate.default_catalog",
      HIBERNATE + "database.globally-quoted-identifiers", "hibernate.globally_quoted_identifiers",
      HIBERNATE + "physical-naming-strategy", NamingDefaults.PHYSICAL,
      HIBERNATE + "implicit-naming-strategy", NamingDefaults.IMPLICIT,
      HIBERNATE + "dialect", "hibernate.dialect");
  /** Quarkus's names of Liquibase settings that Spring Boot names otherwise, by Spring's relaxed name. */
  private static final Map<String, String> LIQUIBASE_NAMES = Map.of(
      "defaultschemaname", "defaultschema",
      "liquibaseschemaname", "liquibaseschema");
  private static final List<String> DIRECTORIES = List.of("", "config/");
  private static final List<String> FILES = List.of("application.properties", "application.yml", "application.yaml");

  private QuarkusSettings() {}

  /** The Hibernate settings the application sets, by Hibernate's names. */
  static Map<String, Setting> hibernate(List<Path> roots, List<String> profiles) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    read(roots, profiles).forEach((key, setting) -> {
      if (key.startsWith(UNSUPPORTED)) {
        settings.put(key.substring(UNSUPPORTED.length()).replace("\"", ""), setting);
      } else if (HIBERNATE_NAMES.containsKey(key)) {
        settings.put(HIBERNATE_NAMES.get(key), setting);
      }
    });
    return settings;
  }

  /** {@code quarkus.hibernate-orm.mapping-files} of the default persistence unit, with where it was set. */
  static Optional<Setting> mappingFiles(List<Path> roots, List<String> profiles) {
    return Optional.ofNullable(read(roots, profiles).get(HIBERNATE + "mapping-files"));
  }

  /** {@code quarkus.liquibase.*}, keyed as {@link SpringBootSettings#liquibase} keys {@code spring.liquibase.*}. */
  public static Map<String, Setting> liquibase(List<Path> roots, List<String> profiles) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    under("quarkus.liquibase.", "change-log-parameters.", "parameters.", roots, profiles)
        .forEach((key, setting) -> settings.put(LIQUIBASE_NAMES.getOrDefault(key, key), setting));
    return settings;
  }

  /** {@code quarkus.flyway.*}, keyed as {@link SpringBootSettings#flyway} keys {@code spring.flyway.*}. */
  public static Map<String, Setting> flyway(List<Path> roots, List<String> profiles) {
    return under("quarkus.flyway.", "placeholders.", "placeholders.", roots, profiles);
  }

  /** The keys under {@code prefix} in lower case without dashes, but those under {@code kept} keep their name after {@code keptAs}. */
  private static Map<String, Setting> under(String prefix, String kept, String keptAs, List<Path> roots, List<String> profiles) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    read(roots, profiles).forEach((key, setting) -> {
      if (key.startsWith(prefix + kept)) {
        settings.put(keptAs + key.substring((prefix + kept).length()), setting);
      } else if (key.startsWith(prefix)) {
        settings.put(key.substring(prefix.length()).replace("-", "").toLowerCase(Locale.ROOT), setting);
      }
    });
    return settings;
  }

  /**
   * Every key in effect: those without a profile, then each active profile's, each with where it was set; in each
   * directory {@code application.yaml}/{@code .yml} (quarkus-config-yaml, a higher ordinal) over {@code application.properties};
   * their {@code ${…}} expressions resolved as Quarkus resolves them (see {@link SettingReferences}).
   */
  private static Map<String, Setting> read(List<Path> roots, List<String> profiles) {
    Map<String, Setting> plain = new TreeMap<>();
    Map<String, Setting> profiled = new TreeMap<>();
    for (String directory : DIRECTORIES) {
      for (String name : FILES) {
        for (Path root : roots) {
          Path file = root.resolve(directory + name);
          if (!Files.isRegularFile(file)) {
            continue;
          }
          keys(file).forEach((key, value) -> {
            Setting setting = new Setting(value.trim(), key + " in " + directory + name);
            if (!key.startsWith("%")) {
              plain.put(key, setting);
            } else if (key.indexOf('.') > 0 && active(key.substring(1, key.indexOf('.')), profiles)) {
              profiled.put(key.substring(key.indexOf('.') + 1), setting);
            }
          });
        }
      }
    }
    plain.putAll(profiled);
    return SettingReferences.resolve(plain);
  }

  /** A file's keys: a properties file's as they stand, a YAML file's dotted ({@code "%prod":} gives {@code %prod.}). */
  private static Map<String, String> keys(Path file) {
    if (!file.toString().endsWith(".properties")) {
      Map<String, String> keys = new LinkedHashMap<>();
      SpringBootSettings.documents(file).forEach(keys::putAll);
      return keys;
    }
    Properties properties = load(file);
    Map<String, String> keys = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(key -> keys.put(key, properties.getProperty(key)));
    return keys;
  }

  /** {@code prod}, or {@code prod,staging}: Quarkus's profile list of a {@code %…} key. */
  private static boolean active(String profileList, List<String> profiles) {
    return Arrays.stream(profileList.split(",")).map(String::trim).anyMatch(p -> !p.equals("default") && profiles.contains(p));
  }

  private static Properties load(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new IntegrityException("cannot read the application's settings in " + file + ": " + e.getMessage()
          + ". Fix the file, or set the Hibernate settings in <hibernateProperties>.", e);
    }
    return properties;
  }
}
