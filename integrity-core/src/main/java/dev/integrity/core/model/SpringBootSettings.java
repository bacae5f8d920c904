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
 * overriding the one before, as Spring Boot orders them), then those of each active profile ({@code
 * application-<profile>.yml}, ...), and of the documents of a multi-document file that activate on an active
 * profile ({@code spring.config.activate.on-profile}). The active profiles are the plugin's {@code profiles}
 * ({@code default,prod} unless set); {@code default} stands for the files and documents without a profile,
 * which apply whatever the profiles. {@code spring.jpa.properties.*} are Hibernate settings as they stand; {@code
 * spring.jpa.hibernate.naming.*} and {@code spring.jpa.database-platform} are Spring's names for three of them.
 * The same files give the Liquibase settings (see {@link #liquibase}).
 */
public final class SpringBootSettings {

  private static final String PROPERTIES = "spring.jpa.properties.";
  private static final String LIQUIBASE = "spring.liquibase.";
  private static final String FLYWAY = "spring.flyway.";
  private static final Map<String, String> SPRING_NAMES = Map.of(
      "spring.jpa.hibernate.naming.physicalstrategy", NamingDefaults.PHYSICAL,
      "spring.jpa.hibernate.naming.implicitstrategy", NamingDefaults.IMPLICIT,
      "spring.jpa.databaseplatform", "hibernate.dialect");
  private static final List<String> FILES = List.of("application.yml", "application.yaml", "application.properties");
  private static final List<String> ON_PROFILE = List.of("spring.config.activate.on-profile", "spring.config.activate.onProfile", "spring.profiles");
  /** The profiles whose settings apply unless the plugin's {@code profiles} says otherwise. */
  public static final List<String> DEFAULT_PROFILES = List.of("default", "prod");

  private SpringBootSettings() {}

  /** The Hibernate settings found under {@code roots} (the project's output directories), in override order. */
  static Map<String, Setting> read(List<Path> roots, List<String> profiles, Log log) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    properties(roots, profiles).forEach((key, setting) -> hibernateName(key).ifPresent(name -> {
      if (!setting.unresolved().isEmpty()) {
        log.warn("integrity: " + new Setting(setting.value(), key + " in " + setting.source()).unresolvedReason()
            + "; it is left out. Set " + name + " in <hibernateProperties> if it matters to the schema.");
      } else {
        settings.put(name, setting);
      }
    }));
    return settings;
  }

  /**
   * The {@code spring.liquibase.*} settings the application runs with in production, keyed by their name
   * after that prefix in lower case without dashes ({@code contexts}, {@code labels}, {@code labelfilter},
   * {@code changelog}, {@code defaultschema}, {@code url}), except {@code parameters.<name>}, which keep
   * their name, and {@code spring.datasource.url} as {@code datasource.url}: those of the files and documents
   * without a profile, overridden by those of each of {@code profiles} in turn ({@code application-prod.yml}
   * as JHipster has).
   */
  public static Map<String, Setting> liquibase(List<Path> roots, List<String> profiles) {
    return under(LIQUIBASE, "parameters.", roots, profiles);
  }

  /**
   * The {@code spring.flyway.*} settings the application runs with in production, keyed as {@link #liquibase} keys
   * its own ({@code locations}, {@code defaultschema}, {@code baselineonmigrate}, ...), except {@code placeholders.<name>},
   * which keep their name.
   */
  public static Map<String, Setting> flyway(List<Path> roots, List<String> profiles) {
    return under(FLYWAY, "placeholders.", roots, profiles);
  }

  private static Map<String, Setting> under(String prefix, String keptCase, List<Path> roots, List<String> profiles) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    properties(roots, profiles).forEach((key, setting) -> {
      String relaxed = relaxed(key);
      if (relaxed.startsWith(prefix)) {
        String name = relaxed.startsWith(prefix + keptCase)
            ? keptCase + key.split("\\.", 4)[3]
            : relaxed.substring(prefix.length());
        settings.put(name, new Setting(setting.value(), key + " in " + setting.source()));
      } else if (relaxed.equals("spring.datasource.url")) {
        settings.put("datasource.url", new Setting(setting.value(), key + " in " + setting.source()));
      }
    });
    return settings;
  }

  /**
   * {@code spring.jpa.mapping-resources}, the mapping files the application lists (a YAML list, a comma-separated value or
   * indexed keys {@code [0]}, {@code [1]}), comma-separated, with where it was set.
   */
  static java.util.Optional<Setting> mappingResources(List<Path> roots, List<String> profiles) {
    List<String> names = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    properties(roots, profiles).forEach((key, setting) -> {
      if (relaxed(key.replaceAll("\\[\\d+]$", "")).equals("spring.jpa.mappingresources")) {
        names.add(setting.value());
        sources.add(key + " in " + setting.source());
      }
    });
    return names.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Setting(String.join(",", names), String.join(", ", sources)));
  }

  /**
   * The schema {@code spring.datasource.url} makes current ({@code currentSchema}, {@code search_path}), where
   * the application's Hibernate creates and reads its unqualified tables, with where it was set.
   */
  static java.util.Optional<Setting> datasourceSchema(List<Path> roots, List<String> profiles) {
    Setting url = liquibase(roots, profiles).get("datasource.url");
    return url == null ? java.util.Optional.empty()
        : JdbcUrlSchema.of(url.value()).map(schema -> new Setting(schema, "currentSchema of " + url.source()));
  }

  /**
   * The profiles outside {@code profiles} whose files or documents set one of {@code keys} (Spring's names,
   * compared relaxed: {@code spring.liquibase.change-log}, {@code spring.flyway.locations}), sorted.
   */
  public static List<String> otherProfilesSetting(List<Path> roots, List<String> profiles, List<String> keys) {
    List<String> relaxedKeys = keys.stream().map(SpringBootSettings::relaxed).toList();
    java.util.TreeSet<String> found = new java.util.TreeSet<>();
    for (String directory : List.of("", "config/")) {
      for (Path root : roots) {
        Path folder = root.resolve(directory);
        if (!Files.isDirectory(folder)) {
          continue;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            String fileName = file.getFileName().toString();
            String profile = fileProfile(fileName);
            if (profile == null) {
              continue;
            }
            for (Map<String, String> document : documents(file)) {
              String documentProfile = profile.isEmpty() ? onProfile(document) : profile;
              if (!documentProfile.isEmpty() && !active(documentProfile, profiles)
                  && document.keySet().stream().map(SpringBootSettings::relaxed).anyMatch(relaxedKeys::contains)) {
                found.add(documentProfile);
              }
            }
          }
        } catch (IOException e) {
          throw new IntegrityException("cannot list the application's settings in " + folder + ": " + e.getMessage(), e);
        }
      }
    }
    return List.copyOf(found);
  }

  /** {@code ""} for {@code application.yml}, {@code dev} for {@code application-dev.yml}, null for any other file. */
  private static String fileProfile(String fileName) {
    for (String name : FILES) {
      String suffix = name.substring("application".length());
      if (fileName.equals(name)) {
        return "";
      }
      if (fileName.startsWith("application-") && fileName.endsWith(suffix) && fileName.length() > "application-".length() + suffix.length()) {
        return fileName.substring("application-".length(), fileName.length() - suffix.length());
      }
    }
    return null;
  }

  /**
   * Every key of the files without a profile and of the files of each active profile, each with the file it
   * came from, later files winning; in each file, the documents without a profile and those of an active one.
   * Their {@code ${…}} references are resolved as Spring resolves them (see {@link SettingReferences}).
   */
  static Map<String, Setting> properties(List<Path> roots, List<String> profiles) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    List<String> fileProfiles = new ArrayList<>();
    fileProfiles.add("");
    profiles.stream().filter(p -> !p.equals("default")).forEach(fileProfiles::add);
    for (String profile : fileProfiles) {
      for (String directory : List.of("", "config/")) {
        for (String name : FILES) {
          String fileName = profile.isEmpty() ? name : name.replace("application.", "application-" + profile + ".");
          for (Path root : roots) {
            Path file = root.resolve(directory + fileName);
            if (Files.isRegularFile(file)) {
              String source = directory + fileName;
              for (Map<String, String> document : documents(file)) {
                String on = onProfile(document);
                if (on.isEmpty() || active(on, profiles)) {
                  document.forEach((key, value) -> {
                    if (!ON_PROFILE.contains(key)) {
                      settings.put(key, new Setting(value, source + (on.isEmpty() ? "" : " (on-profile " + on + ")")));
                    }
                  });
                }
              }
            }
          }
        }
      }
    }
    return SettingReferences.resolve(settings);
  }

  /** The document's {@code on-profile} expression, or {@code ""}. */
  private static String onProfile(Map<String, String> document) {
    return ON_PROFILE.stream().map(document::get).filter(java.util.Objects::nonNull).findFirst().orElse("").trim();
  }

  /** Whether a profile expression ({@code postgres}, {@code dev,prod}, {@code !test}) matches the active profiles. */
  private static boolean active(String expression, List<String> profiles) {
    for (String part : expression.split(",")) {
      String profile = part.trim();
      boolean matches = profile.startsWith("!") ? !profiles.contains(profile.substring(1).trim()) : profiles.contains(profile);
      if (matches) {
        return true;
      }
    }
    return false;
  }

  private static String relaxed(String key) {
    return key.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
  }

  private static java.util.Optional<String> hibernateName(String key) {
    if (key.startsWith(PROPERTIES) && key.length() > PROPERTIES.length()) {
      return java.util.Optional.of(key.substring(PROPERTIES.length()));
    }
    return java.util.Optional.ofNullable(SPRING_NAMES.get(relaxed(key)));
  }

  /** Each document of the file, its keys dotted, with their values as text. */
  static List<Map<String, String>> documents(Path file) {
    List<Map<String, String>> documents = new ArrayList<>();
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
          documents.add(keys);
        }
      } else if (file.toString().endsWith(".yml") || file.toString().endsWith(".yaml")) {
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
          Map<String, String> keys = new LinkedHashMap<>();
          flatten("", document, keys);
          documents.add(keys);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new IntegrityException("cannot read the application's settings in " + file + ": " + e.getMessage()
          + ". Fix the file, or set the Hibernate settings in <hibernateProperties>.", e);
    }
    return documents;
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
