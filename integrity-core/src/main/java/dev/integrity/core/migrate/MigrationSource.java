package dev.integrity.core.migrate;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.model.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Where the project's migrations are, and so which tool runs them: a Liquibase master changelog, or Flyway locations. {@code
 * migrations=auto} takes the changelog when there is one (given or at a conventional place), else the
 * Flyway locations when one of them holds files, and logs which it took.
 */
public final class MigrationSource {

  private MigrationSource() {}

  /**
   * @param roots where {@code classpath:} locations are looked for, in order: the resource directories, those
   *     of the reactor modules the project depends on, then the project's classpath (directories and jars)
   * @param springChangeLog the application's {@code spring.liquibase.change-log}, or null
   */
  public static MigrationTool choose(Migrations migrations, Path baseDir, Path changeLogFile, FlywaySettings flyway, List<Path> roots,
      Setting springChangeLog, Log log) {
    switch (migrations) {
      case LIQUIBASE -> {
        return new LiquibaseTool(ChangeLogLocator.locate(baseDir, changeLogFile, roots, springChangeLog));
      }
      case FLYWAY -> {
        return new FlywayTool(flyway);
      }
      case AUTO -> { }
    }
    boolean hasFlyway = hasFlyway(baseDir, flyway, roots);
    Optional<Path> changeLog = ChangeLogLocator.find(baseDir, changeLogFile, roots, springChangeLog);
    if (changeLog.isPresent()) {
      log.info("Migrations: Liquibase, changelog " + ChangeLogLocator.describe(changeLog.get())
          + (hasFlyway ? " (Flyway migrations exist too at " + flyway.locations() + "; set <migrations>flyway</migrations> to use them)" : "")
          + " (migrations=auto)");
      return new LiquibaseTool(changeLog.get());
    }
    if (hasFlyway) {
      log.info("Migrations: Flyway, locations " + String.join(", ", flyway.locations()) + " (" + flyway.origin()
          + "; migrations=auto: no Liquibase changelog found)");
      return new FlywayTool(flyway);
    }
    throw new IntegrityException("no migrations found: " + notFound(baseDir, flyway, roots)
        + ". Set <changeLogFile> to the Liquibase master changelog, or <flywayLocations> to where the Flyway migrations are.");
  }

  /**
   * Whether the project has migrations of the kind {@code migrations} asks for (a changelog or Flyway
   * files), without logging; a changelog that is named but missing is still an error.
   */
  public static boolean exists(Migrations migrations, Path baseDir, Path changeLogFile, FlywaySettings flyway, List<Path> roots,
      Setting springChangeLog) {
    return (migrations != Migrations.FLYWAY && ChangeLogLocator.find(baseDir, changeLogFile, roots, springChangeLog).isPresent())
        || (migrations != Migrations.LIQUIBASE && hasFlyway(baseDir, flyway, roots));
  }

  /** What was tried when no migrations were found. */
  public static String notFound(Path baseDir, FlywaySettings flyway, List<Path> roots) {
    return "no Liquibase changelog at " + String.join(", ", ChangeLogLocator.DEFAULT_LOCATIONS) + " under " + baseDir
        + " nor at " + String.join(", ", ChangeLogLocator.DEFAULT_CLASSPATH_NAMES) + " on the classpath"
        + ", and no Flyway migrations at " + String.join(", ", flyway.locations()) + " (" + flyway.origin() + ")";
  }

  private static boolean hasFlyway(Path baseDir, FlywaySettings flyway, List<Path> roots) {
    return flyway.locations().stream().anyMatch(location -> holdsFiles(location, baseDir, roots));
  }

  private static boolean holdsFiles(String location, Path baseDir, List<Path> roots) {
    if (location.startsWith("filesystem:")) {
      return holdsFiles(baseDir.resolve(location.substring("filesystem:".length())));
    }
    String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
    String relative = path.startsWith("/") ? path.substring(1) : path;
    String prefix = relative.endsWith("/") ? relative : relative + "/";
    return roots.stream().anyMatch(root -> Files.isDirectory(root) ? holdsFiles(root.resolve(relative)) : jarHoldsFiles(root, prefix));
  }

  /** A jar on the classpath (a migrations module's, say) with files under {@code prefix}. */
  private static boolean jarHoldsFiles(Path jar, String prefix) {
    if (!Files.isRegularFile(jar)) {
      return false;
    }
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream().anyMatch(entry -> !entry.isDirectory() && entry.getName().startsWith(prefix));
    } catch (IOException e) {
      return false;
    }
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
