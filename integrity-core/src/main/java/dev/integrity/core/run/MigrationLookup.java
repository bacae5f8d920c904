package dev.integrity.core.run;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.migrate.MigrationContext;
import dev.integrity.core.migrate.MigrationSource;
import dev.integrity.core.migrate.MigrationTool;
import dev.integrity.core.model.MigrationSettings;
import dev.integrity.core.model.Setting;
import dev.integrity.core.model.SpringBootSettings;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a request's migrations are looked for: its changelog search roots (its resource directories, then
 * those of the reactor modules it depends on), then its whole runtime classpath, with the application's
 * {@code spring.liquibase.change-log} naming the changelog when it is set.
 */
public final class MigrationLookup {

  /** The application's settings that say where its migrations are. */
  private static final List<String> MIGRATION_KEYS = List.of("spring.liquibase.change-log", "spring.flyway.locations");

  private MigrationLookup() {}

  /** The tool that runs the request's migrations; logs which it took when {@code migrations=auto}. */
  public static MigrationTool tool(VerifyRequest request, Log log) {
    failWhenOnlyOtherProfilesName(request);
    return MigrationSource.choose(request.migrations(), request.baseDir(), request.changeLogFile(), request.flyway(),
        roots(request), springChangeLog(request), log);
  }

  /** The project around the migrations, with {@code classpath} its class loader. */
  static MigrationContext context(VerifyRequest request, URLClassLoader classpath) {
    return new MigrationContext(classpath, request.changeLogSearchRoots(), request.contexts(), request.labels(),
        request.changeLogParameters(), request.model().entityRoots(), request.model().profiles(), request.changeLogFormat());
  }

  static boolean exists(VerifyRequest request) {
    failWhenOnlyOtherProfilesName(request);
    return found(request);
  }

  private static boolean found(VerifyRequest request) {
    return MigrationSource.exists(request.migrations(), request.baseDir(), request.changeLogFile(), request.flyway(),
        roots(request), springChangeLog(request));
  }

  /**
   * No migrations where the active profiles' settings point, while the settings of other Spring profiles name
   * some: checking nothing would pass a build that the application, run in those profiles, fails.
   */
  private static void failWhenOnlyOtherProfilesName(VerifyRequest request) {
    if (found(request)) {
      return;
    }
    List<String> profiles = request.model().profiles();
    List<String> others = SpringBootSettings.otherProfilesSetting(request.model().entityRoots(), profiles, MIGRATION_KEYS);
    if (!others.isEmpty()) {
      throw new IntegrityException("no migrations found for the Spring profiles " + String.join(",", profiles)
          + ", but the application's settings of the profile" + (others.size() == 1 ? " " : "s ") + String.join(", ", others)
          + " set " + String.join(" or ", MIGRATION_KEYS) + ". Set <profiles> (-Dintegrity.profiles=" + String.join(",", others)
          + ") to the profiles the application runs with, or set <changeLogFile> (or <flywayLocations>).");
    }
  }

  static String notFound(VerifyRequest request) {
    return MigrationSource.notFound(request.baseDir(), request.flyway(), roots(request));
  }

  private static List<Path> roots(VerifyRequest request) {
    List<Path> roots = new ArrayList<>(request.changeLogSearchRoots());
    roots.addAll(request.model().classpath());
    return roots;
  }

  private static Setting springChangeLog(VerifyRequest request) {
    return MigrationSettings.liquibase(request.model().entityRoots(), request.model().profiles()).get("changelog");
  }
}
