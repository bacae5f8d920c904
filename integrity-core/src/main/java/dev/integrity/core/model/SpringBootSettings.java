package dev.integrity.core.model;

import dev.integrity.core.IntegrityException;
import dev.integrity.core.Log;
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
 */
final class SpringBootSettings {

  private static final String PROPERTIES = "spring.jpa.properties.";
  private static final Map<String, String> SPRING_NAMES = Map.of(
      "spring.jpa.hibernate.naming.physicalstrategy", NamingDefaults.PHYSICAL,
      "spring.jpa.hibernate.naming.implicitstrategy", NamingDefaults.IMPLICIT,
      "spring.jpa.databaseplatform", "hibernate.dialect");
  private static final List<String> FILES = List.of("application.yml", "application.yaml", "application.properties");

  private SpringBootSettings() {}

  /** The settings found under {@code roots} (the project's output directories), in override order. */
  static Map<String, Setting> read(List<Path> roots, Log log) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (String directory : List.of("", "config/")) {
      for (String name : FILES) {
        for (Path root : roots) {
          Path file = root.resolve(directory + name);
          if (Files.isRegularFile(file)) {
            String source = directory + name;
            flatten(file).forEach((key, value) -> hibernateName(key).ifPresent(setting -> {
              if (value.contains("${")) {
                log.warn("integrity: " + source + " sets " + key + " to '" + value + "', a placeholder the plugin cannot resolve;"
                    + " it is left out. Set it in <hibernateProperties> if it matters to the schema.");
              } else {
                settings.put(setting, new Setting(value, source));
              }
            }));
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
