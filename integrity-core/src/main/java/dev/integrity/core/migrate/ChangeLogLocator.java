package dev.integrity.core.migrate;

import dev.integrity.core.IntegrityException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the master changelog: the one given, else the first of the conventional locations that exists. */
public final class ChangeLogLocator {

  /** The contract's default locations, relative to the project's base directory, in the order tried. */
  public static final List<String> DEFAULT_LOCATIONS = List.of(
      "src/main/resources/db/changelog/db.changelog-master.yaml",
      "src/main/resources/db/changelog/db.changelog-master.yml",
      "src/main/resources/db/changelog/db.changelog-master.xml",
      "src/main/resources/db/changelog/db.changelog-master.json",
      "src/main/resources/db/changelog/db.changelog-master.sql",
      "src/main/resources/config/liquibase/master.xml");

  private ChangeLogLocator() {}

  public static Path locate(Path baseDir, Path given) {
    if (given != null) {
      Path file = baseDir.resolve(given);
      if (!Files.isRegularFile(file)) {
        throw new IntegrityException("<changeLogFile> " + file + " does not exist. Point <changeLogFile> at the master changelog.");
      }
      return file;
    }
    for (String location : DEFAULT_LOCATIONS) {
      Path file = baseDir.resolve(location);
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    throw new IntegrityException("no Liquibase changelog found; tried " + String.join(", ", DEFAULT_LOCATIONS)
        + " under " + baseDir + ". Set <changeLogFile> to the master changelog.");
  }
}
