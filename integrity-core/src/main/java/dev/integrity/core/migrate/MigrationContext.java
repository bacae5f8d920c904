package dev.integrity.core.migrate;

import dev.integrity.core.changelog.ChangeLogFormat;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The project around its migrations: its class loader, where a changelog's includes resolve, the
 * Liquibase contexts, labels and parameters as configured (null: as the application applies them, see
 * {@link LiquibaseOptions}), the directories holding the application's settings, and the fix's format.
 */
public record MigrationContext(
    URLClassLoader classpath,
    List<Path> searchRoots,
    String contexts,
    String labels,
    Map<String, String> changeLogParameters,
    List<Path> settingsRoots,
    List<String> profiles,
    ChangeLogFormat fixFormat) {

  public MigrationContext {
    searchRoots = List.copyOf(searchRoots);
    changeLogParameters = Map.copyOf(changeLogParameters);
    settingsRoots = List.copyOf(settingsRoots);
  }

  LiquibaseMigrator liquibase() {
    return new LiquibaseMigrator(searchRoots, classpath);
  }
}
