package dev.integrity.core.migrate;

import dev.integrity.core.IntegrityException;
import dev.integrity.core.Log;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where the project's migrations are: a Liquibase master changelog, or Flyway locations. {@code
 * migrations=auto} takes the changelog when there is one (given or at a conventional place), else the
 * Flyway locations when one of them holds files, and logs which it took.
 */
public sealed interface MigrationSource {

  record Liquibase(Path changeLog) implements MigrationSource {}

  record Flyway(List<String> locations) implements MigrationSource {
    public Flyway {
      locations = List.copyOf(locations);
    }
  }

  /**
   * @param roots where {@code classpath:} locations are looked for: the resource directories and the
   *     directories of the project's classpath
   */
  static MigrationSource choose(String migrations, Path baseDir, Path changeLogFile, List<String> flywayLocations, List<Path> roots, Log log) {
    String mode = migrations == null ? "auto" : migrations.trim().toLowerCase(Locale.ROOT);
    switch (mode) {
      case "liquibase":
        return new Liquibase(ChangeLogLocator.locate(baseDir, changeLogFile));
      case "flyway":
        return new Flyway(flywayLocations);
      case "auto":
        break;
      default:
        throw new IntegrityException("<migrations> is '" + migrations + "'; allowed values: liquibase, flyway, auto.");
    }
    boolean hasFlyway = flywayLocations.stream().anyMatch(location -> holdsFiles(location, baseDir, roots));
    if (changeLogFile != null || ChangeLogLocator.DEFAULT_LOCATIONS.stream().anyMatch(l -> Files.isRegularFile(baseDir.resolve(l)))) {
      Path changeLog = ChangeLogLocator.locate(baseDir, changeLogFile);
      log.info("Migrations: Liquibase, changelog " + changeLog
          + (hasFlyway ? " (Flyway migrations exist too at " + flywayLocations + "; set <migrations>flyway</migrations> to use them)" : "")
          + " (migrations=auto)");
      return new Liquibase(changeLog);
    }
    if (hasFlyway) {
      log.info("Migrations: Flyway, locations " + String.join(", ", flywayLocations) + " (migrations=auto: no Liquibase changelog found)");
      return new Flyway(flywayLocations);
    }
    throw new IntegrityException("no migrations found: no Liquibase changelog at " + String.join(", ", ChangeLogLocator.DEFAULT_LOCATIONS)
        + " and no Flyway migrations at " + String.join(", ", flywayLocations) + " under " + baseDir
        + ". Set <changeLogFile> to the Liquibase master changelog, or <flywayLocations> to where the Flyway migrations are.");
  }

  private static boolean holdsFiles(String location, Path baseDir, List<Path> roots) {
    if (location.startsWith("filesystem:")) {
      return holdsFiles(baseDir.resolve(location.substring("filesystem:".length())));
    }
    String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return roots.stream().filter(Files::isDirectory).anyMatch(root -> holdsFiles(root.resolve(relative)));
  }

  private static boolean holdsFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.anyMatch(Files::isRegularFile);
    } catch (IOException e) {
      return false;
    }
  }
}
