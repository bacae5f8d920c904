package dev.integrity.core.model;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Hibernate settings a Spring Boot application boots with, read from its {@code application.yml},
 * {@code application.yaml} and {@code application.properties} (classpath root, then {@code config/}, each
 * overriding the one before, as Spring Boot orders them), default profile only: documents that activate
 * on a profile are skipped. {@code spring.jpa.properties.*} are Hibernate settings as they stand; {@code
 * spring.jpa.hibernate.naming.*} and {@code spring.jpa.database-platform} are Spring's names for three of them.
 * The same files give the Liquibase settings of the production profile (see {@link #liquibase}).
 */
public final class SpringBootSettings {

  private static final String PROPERTIES = "spring.jpa.properties.";
  private static final String LIQUIBASE = "spring.liquibase.";
  private static final Map<String, String> SPRING_NAMES = Map.of(
      "spring.jpa.hibernate.naming.physicalstrategy", NamingDefaults.PHYSICAL,
      "spring.jpa.hibernate.naming.implicitstrategy", NamingDefaults.IMPLICIT,
      "spring.jpa.databaseplatform", "hibernate.dialect");
  private static final List<String> FILES = List.of("application.yml", "application.yaml", "application.properties");

  private SpringBootSettings() {}

  /** The Hibernate settings found under {@code roots} (the project's output directories), in override order. */
  static Map<String, Setting> read(List<Path> roots, Log log) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    properties(roots, "").forEach((key, setting) -> hibernateName(key).ifPresent(name -> {
      if (setting.value().contains("${")) {
        log.warn("integrity: " + setting.source() + " sets " + key + " to '" + setting.value() + "', a placeholder the plugin cannot resolve;"
            + " it is left out. Set it in <hibernateProperties> if it matters to the schema.");
      } else {
        settings.put(name, setting);
      }
    }));
    return settings;
  }

  /**
   * The {@code spring.liquibase.*} settings the application runs with in production, keyed by their name
   * after that prefix in lower case without dashes ({@code contexts}, {@code labels}, {@code labelfilter},
   * {@code changelog}), except {@code parameters.<name>}, which keep their name: the default profile's,
   * overridden by those of the {@code prod} profile's files ({@code application-prod.yml} as JHipster has).
   */
  public static Map<String, Setting> liquibase(List<Path> roots) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (String profile : List.of("", "prod")) {
      properties(roots, profile).forEach((key, setting) -> {
        String relaxed = key.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
        if (relaxed.startsWith(LIQUIBASE)) {
          String name = relaxed.startsWith(LIQUIBASE + "parameters.")
              ? "parameters." + key.split("\\.", 4)[3]
              : relaxed.substring(LIQUIBASE.length());
          settings.put(name, new Setting(setting.value(), key + " in " + setting.source()));
        }
      });
    }
    return settings;
  }

  /** Every key of the profile's files ({@code ""}: the default profile), each with the file it came from, later files winning. */
  private static Map<String, Setting> properties(List<Path> roots, String profile) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (String directory : List.of("", "config/")) {
      for (String name : FILES) {
        String fileName = profile.isEmpty() ? name : name.replace("application.", "application-" + profile + ".");
        for (Path root : roots) {
          Path file = root.resolve(directory + fileName);
          if (Files.isRegularFile(file)) {
            String source = directory + fileName;
            flatten(file).forEach((key, value) -> settings.put(key, new Setting(value, source)));
          }
        }
      }
    }
    return settings;
  }

  private static java.util.Optional<String> hibernateName(String key) {
    if (key.startsWith(PROPERTIES) && key.length() > PROPERTIES.length()) {
      return java.util.Optional.of(key.substring(PROPERTIES.length()));
    }
    return java.util.Optional.ofNullable(SPRING_NAMES.get(key.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT)));
  }

  /** The default profile's keys, dotted, with their values as text. */
  private static Map<String, String> flatten(Path file) {
    Map<String, String> flat = new LinkedHashMap<>();
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (file.toString().endsWith(".properties")) {
        for (String document : text.split("(?m)^[#!]---\\s*$")) {
          Properties properties = new Properties();
          try (Reader reader = new StringReader(document)) {
            properties.load(reader);
          }
          Map<String, String> keys = new LinkedHashMap<>();
          properties.stringPropertyNames().stream().sorted().forEach(k -> keys.put(k, properties.getProperty(k).trim()));
          if (defaultProfile(keys)) {
            flat.putAll(keys);
          }
        }
      } else {
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
          Map<String, String> keys = new LinkedHashMap<>();
          flatten("", document, keys);
          if (defaultProfile(keys)) {
            flat.putAll(keys);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new IntegrityException("cannot read the application's settings in " + file + ": " + e.getMessage()
          + ". Fix the file, or set the Hibernate settings in <hibernateProperties>.", e);
    }
    return flat;
  }

  private static boolean defaultProfile(Map<String, String> keys) {
    return !keys.containsKey("spring.config.activate.on-profile") && !keys.containsKey("spring.config.activate.onProfile")
        && !keys.containsKey("spring.profiles");
  }

  private static void flatten(String prefix, Object node, Map<String, String> out) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, out));
    } else if (node instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(item -> items.add(String.valueOf(item)));
      out.put(prefix, String.join(",", items));
    } else if (node != null && !prefix.isEmpty()) {
      out.put(prefix, String.valueOf(node));
    }
  }
}
