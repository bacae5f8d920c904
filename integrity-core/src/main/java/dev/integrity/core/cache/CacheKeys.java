package dev.integrity.core.cache;


import dev.integrity.core.api.VerifyRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The two cache keys of a run. The migration key covers what can change the migrated schema: the
 * request without the parts that only concern the model or the verdict, every file under the changelog's
 * search roots that a migration tool reads, the
 * project's jars and its non-entity classes (custom changes, Java migrations), Liquibase and Flyway
 * settings from system properties and the environment, and the plugin itself. The verdict key adds
 * everything else: the whole request, every file of the project's output directories, Hibernate settings.
 */
record CacheKeys(String migration, String verdict) {

  /** Request components that cannot change the migrated schema; any other, present or future, is part of the key. */
  private static final Set<String> VERDICT_ONLY = Set.of(
      "model", "cache", "schemas", "failOn", "outputDirectory", "changeLogFormat", "changeSetAuthor",
      "sourceRoots", "formats", "ignores", "lints", "failOnLints", "backupBeforeDrop", "lockSafeFix", "rollbackTest", "baselineFile",
      "cacheDirectory", "since", "rehearse", "rehearseRows");
  /** Which build shares a server (its id changes with every build): no input of either key. */
  private static final Set<String> PER_BUILD = Set.of("buildId", "buildUsers");
  /** What Liquibase and Flyway read from the search roots: changelogs, SQL, data files, properties. */
  private static final Set<String> MIGRATION_SUFFIXES = Set.of(".xml", ".yaml", ".yml", ".json", ".sql", ".csv", ".tsv", ".properties");
  /** Class files of mapped classes name the persistence API; a custom change or Java migration does not. */
  private static final String JAKARTA = "jakarta/persistence/";
  private static final String JAVAX = "javax/persistence/";

  static CacheKeys of(VerifyRequest request, Path changeLog, Path cacheDirectory) {
    Fingerprint migration = new Fingerprint();
    migration.value("request", request, union(VERDICT_ONLY, PER_BUILD));
    migration.text("changeLog", changeLog == null ? null : changeLog.toAbsolutePath().normalize().toString());
    Predicate<Path> skip = dir -> skippedDirectory(dir, request, cacheDirectory);
    for (Path root : request.changeLogSearchRoots()) {
      migration.tree("search root", root, skip, CacheKeys::isMigrationFile);
    }
    for (Path entry : request.model().classpath()) {
      if (Files.isDirectory(entry)) {
        migration.tree("classpath", entry, dir -> false, file -> !isMappedClass(file));
      } else {
        migration.stamp("classpath", entry);
      }
    }
    migration.text("properties", properties("liquibase.", "flyway."));
    migration.text("profiles", String.join(",", request.model().profiles()));
    plugin(migration);
    String migrationKey = migration.hex();

    Fingerprint verdict = new Fingerprint();
    verdict.text("migration", migrationKey);
    verdict.value("request", request, union(Set.of("cache"), PER_BUILD));
    for (Path entry : request.model().classpath()) {
      if (Files.isDirectory(entry)) {
        verdict.tree("classpath", entry, dir -> false, file -> true);
      }
    }
    if (request.baselineFile() != null) {
      verdict.tree("baseline", request.baselineFile(), dir -> false, file -> true);
    }
    for (Path entry : request.model().fallbackHibernate()) {
      verdict.stamp("fallback", entry);
    }
    verdict.text("properties", properties("hibernate.", "jakarta.persistence.", "spring."));
    return new CacheKeys(migrationKey, verdict.hex());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> union = new java.util.HashSet<>(a);
    union.addAll(b);
    return union;
  }

  private static boolean skippedDirectory(Path dir, VerifyRequest request, Path cacheDirectory) {
    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
    Path absolute = dir.toAbsolutePath().normalize();
    return name.startsWith(".") || name.equals("target") || name.equals("node_modules")
        || absolute.equals(request.outputDirectory().toAbsolutePath().normalize())
        || absolute.equals(cacheDirectory.toAbsolutePath().normalize())
        || request.model().entityRoots().stream().anyMatch(root -> absolute.equals(root.toAbsolutePath().normalize()));
  }

  private static boolean isMigrationFile(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot >= 0 && MIGRATION_SUFFIXES.contains(name.substring(dot).toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isMappedClass(Path file) {
    if (!file.getFileName().toString().endsWith(".class")) {
      return false;
    }
    try {
      String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      return constants.contains(JAKARTA) || constants.contains(JAVAX);
    } catch (IOException e) {
      return false;
    }
  }

  /** System properties and environment variables (upper-cased, dots as underscores) with these prefixes. */
  static String properties(String... prefixes) {
    Map<String, String> values = new TreeMap<>();
    System.getProperties().forEach((k, v) -> {
      for (String prefix : prefixes) {
        if (k.toString().startsWith(prefix)) {
          values.put(k.toString(), String.valueOf(v));
        }
      }
    });
    System.getenv().forEach((k, v) -> {
      for (String prefix : prefixes) {
        if (k.startsWith(prefix.toUpperCase(java.util.Locale.ROOT).replace('.', '_'))) {
          values.put("env:" + k, v);
        }
      }
    });
    return values.toString();
  }

  /** The Hibernate bridges, found as resources: loading their classes here would link them against no Hibernate. */
  private static final List<String> BRIDGES =
      List.of("dev/integrity/bridge/hibernate5/Hibernate5.class", "dev/integrity/bridge/hibernate6/Hibernate6.class");

  /** The plugin's own code and bridges, Liquibase's and the driver's: a new build or version of any of them invalidates. */
  static void plugin(Fingerprint fingerprint) {
    for (String bridge : BRIDGES) {
      URL resource = CacheKeys.class.getClassLoader().getResource(bridge);
      if (resource == null) {
        fingerprint.text("code", bridge + " missing");
      } else if (resource.getProtocol().equals("jar")) {
        code(fingerprint, resource.getPath().substring(0, resource.getPath().indexOf("!/")));
      } else {
        code(fingerprint, resource.toString().substring(0, resource.toString().length() - bridge.length()));
      }
    }
    for (Class<?> type : new Class<?>[] {CacheKeys.class, liquibase.Scope.class, org.postgresql.Driver.class}) {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source == null) {
        fingerprint.text("code", type.getName());
      } else {
        code(fingerprint, source.getLocation().toString());
      }
    }
  }

  /** A class directory by its files, a jar by its stamp; {@code location} a {@code file:} URL. */
  private static void code(Fingerprint fingerprint, String location) {
    try {
      Path path = Path.of(new URI(location));
      if (Files.isDirectory(path)) {
        fingerprint.tree("code", path, dir -> false, file -> true);
      } else {
        fingerprint.stamp("code", path);
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      fingerprint.text("code", location);
    }
  }
}
