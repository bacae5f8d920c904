package dev.integrity.core.migrate;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.model.Setting;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipFile;

/**
 * Finds the master changelog: the one given; else the one the application names in {@code
 * spring.liquibase.change-log}; else the first conventional location that exists, under the project's base
 * directory, then on its classpath (its resource directories, those of the reactor modules it depends on,
 * then every classpath directory and jar, in that order). A changelog inside a jar is returned as a path in
 * the jar's file system, which Liquibase reads through the project's class loader.
 */
public final class ChangeLogLocator {

  /** The contract's default locations (the last is Quarkus's default {@code quarkus.liquibase.change-log}), relative to the project's base directory, in the order tried. */
  public static final List<String> DEFAULT_LOCATIONS = List.of(
      "src/main/resources/db/changelog/db.changelog-master.yaml",
      "src/main/resources/db/changelog/db.changelog-master.yml",
      "src/main/resources/db/changelog/db.changelog-master.xml",
      "src/main/resources/db/changelog/db.changelog-master.json",
      "src/main/resources/db/changelog/db.changelog-master.sql",
      "src/main/resources/config/liquibase/master.xml",
      "src/main/resources/db/changeLog.xml");

  /** The same locations as classpath names, as a changelog packaged in another module or jar has them. */
  public static final List<String> DEFAULT_CLASSPATH_NAMES = DEFAULT_LOCATIONS.stream()
      .map(location -> location.substring("src/main/resources/".length()))
      .toList();

  /**
   * Jars opened as file systems, one per path, kept for the build: a changelog path in one stays readable.
   * A JVM that outlives the build (mvnd) finds a rebuilt jar by its size and time, and closes the file
   * system of the old one instead of keeping one open per rebuild.
   */
  private static final Map<Path, OpenJar> JARS = new ConcurrentHashMap<>();

  private record OpenJar(long size, long modified, FileSystem fileSystem) {}

  /** How many classpath roots an error message names before it counts the rest. */
  private static final int ROOTS_SHOWN = 6;

  private ChangeLogLocator() {}

  public static Path locate(Path baseDir, Path given) {
    return locate(baseDir, given, List.of(), null);
  }

  /**
   * @param classpath where classpath names are looked for, in order: resource directories, then classpath
   *     directories and jars
   * @param springChangeLog the application's {@code spring.liquibase.change-log}, or null
   */
  public static Path locate(Path baseDir, Path given, List<Path> classpath, Setting springChangeLog) {
    return find(baseDir, given, classpath, springChangeLog).orElseThrow(() -> new IntegrityException(
        "no Liquibase changelog found; tried " + String.join(", ", DEFAULT_LOCATIONS) + " under " + baseDir
            + (classpath.isEmpty() ? "" : ", then " + String.join(", ", DEFAULT_CLASSPATH_NAMES) + " on the classpath (" + roots(classpath) + ")")
            + ". Set <changeLogFile> to the master changelog."));
  }

  /**
   * The master changelog, or empty when there is none at a conventional location. A changelog that is
   * named ({@code <changeLogFile>}, {@code spring.liquibase.change-log}) but missing is an error.
   */
  public static Optional<Path> find(Path baseDir, Path given, List<Path> classpath, Setting springChangeLog) {
    if (given != null) {
      Path file = baseDir.resolve(given);
      if (!Files.isRegularFile(file)) {
        throw new IntegrityException("<changeLogFile> " + file + " does not exist. Point <changeLogFile> at the master changelog.");
      }
      return Optional.of(file);
    }
    if (springChangeLog != null && !springChangeLog.value().isBlank()) {
      return Optional.of(named(baseDir, classpath, springChangeLog));
    }
    for (String location : DEFAULT_LOCATIONS) {
      Path file = baseDir.resolve(location);
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
    }
    return onClasspath(DEFAULT_CLASSPATH_NAMES, classpath);
  }

  /** How a changelog is shown: its file, or {@code the.jar!/path} for one inside a jar. */
  public static String describe(Path changeLog) {
    return inJar(changeLog) ? changeLog.getFileSystem() + "!" + changeLog : changeLog.toString();
  }

  /** A changelog read from a jar (a path in the jar's file system, not the default one). */
  public static boolean inJar(Path changeLog) {
    return changeLog.getFileSystem() != FileSystems.getDefault();
  }

  /** {@code spring.liquibase.change-log}: {@code classpath:}, {@code classpath*:} or no prefix is a classpath name; {@code file:} a file. */
  private static Path named(Path baseDir, List<Path> classpath, Setting setting) {
    String location = setting.value().trim();
    if (!setting.unresolved().isEmpty()) {
      throw setting.unresolvedError("set <changeLogFile> to the master changelog");
    }
    if (location.startsWith("file:")) {
      Path file = baseDir.resolve(location.substring("file:".length()));
      if (!Files.isRegularFile(file)) {
        throw new IntegrityException(setting.source() + " names " + location + ", and " + file + " does not exist."
            + " Fix the setting, or set <changeLogFile> to the master changelog.");
      }
      return file;
    }
    String name = location.replaceFirst("^classpath\\*?:", "").replaceFirst("^/+", "");
    return onClasspath(List.of(name), classpath).orElseThrow(() -> new IntegrityException(setting.source() + " names " + location
        + ", which is not on the project's classpath; searched " + (classpath.isEmpty() ? "nothing (no classpath)" : roots(classpath))
        + ". Build the module that holds it first (run the build from the aggregator, or mvn install it),"
        + " or set <changeLogFile> to the master changelog."));
  }

  /** In the first classpath root that holds one of {@code names}, the first it holds; each jar is opened once. */
  private static Optional<Path> onClasspath(List<String> names, List<Path> classpath) {
    for (Path root : classpath) {
      List<String> held = holds(root, names);
      if (!held.isEmpty()) {
        return Optional.of(Files.isDirectory(root) ? root.resolve(held.get(0)) : jar(root).getPath("/" + held.get(0)));
      }
    }
    return Optional.empty();
  }

  private static List<String> holds(Path root, List<String> names) {
    if (Files.isDirectory(root)) {
      return names.stream().filter(name -> Files.isRegularFile(root.resolve(name))).toList();
    }
    if (!Files.isRegularFile(root)) {
      return List.of();
    }
    try (ZipFile zip = new ZipFile(root.toFile())) {
      return names.stream().filter(name -> zip.getEntry(name) != null).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static FileSystem jar(Path jar) {
    Path path = jar.toAbsolutePath().normalize();
    try {
      long size = Files.size(path);
      long modified = Files.getLastModifiedTime(path).toMillis();
      return JARS.compute(path, (p, open) -> {
        if (open != null && open.size() == size && open.modified() == modified) {
          return open;
        }
        OpenJar current = new OpenJar(size, modified, newFileSystem(path));
        if (open != null) {
          close(open.fileSystem());
        }
        return current;
      }).fileSystem();
    } catch (IOException e) {
      throw new IntegrityException("cannot read the changelog in " + path + ": " + e.getMessage(), e);
    }
  }

  private static FileSystem newFileSystem(Path path) {
    try {
      return FileSystems.newFileSystem(path, (ClassLoader) null);
    } catch (IOException e) {
      throw new IntegrityException("cannot read the changelog in " + path + ": " + e.getMessage(), e);
    }
  }

  private static void close(FileSystem fileSystem) {
    try {
      fileSystem.close();
    } catch (IOException e) {
      // The jar was rebuilt and its old file system is no longer read: failing to close it costs one descriptor.
    }
  }

  private static String roots(List<Path> classpath) {
    List<String> names = new ArrayList<>();
    classpath.stream().limit(ROOTS_SHOWN).forEach(root -> names.add(root.toString()));
    if (classpath.size() > ROOTS_SHOWN) {
      names.add("and " + (classpath.size() - ROOTS_SHOWN) + " more jars and directories of the runtime classpath");
    }
    return String.join(", ", names);
  }
}
