package dev.integrity.core.run;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.common.Log;
import dev.integrity.core.migrate.MigrationContext;
import dev.integrity.core.migrate.MigrationSource;
import dev.integrity.core.migrate.MigrationTool;
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

  private MigrationLookup() {}

  /** The tool that runs the request's migrations; logs which it took when {@code migrations=auto}. */
  public static MigrationTool tool(VerifyRequest request, Log log) {
    return MigrationSource.choose(request.migrations(), request.baseDir(), request.changeLogFile(), request.flywayLocations(),
        roots(request), springChangeLog(request), log);
  }

  /** The project around the migrations, with {@code classpath} its class loader. */
  static MigrationContext context(VerifyRequest request, URLClassLoader classpath) {
    return new MigrationContext(classpath, request.changeLogSearchRoots(), request.contexts(), request.labels(),
        request.changeLogParameters(), request.model().entityRoots(), request.changeLogFormat());
  }

  static boolean exists(VerifyRequest request) {
    return MigrationSource.exists(request.migrations(), request.baseDir(), request.changeLogFile(), request.flywayLocations(),
        roots(request), springChangeLog(request));
  }

  static String notFound(VerifyRequest request) {
    return MigrationSource.notFound(request.baseDir(), request.flywayLocations(), roots(request));
  }

  private static List<Path> roots(VerifyRequest request) {
    List<Path> roots = new ArrayList<>(request.changeLogSearchRoots());
    roots.addAll(request.model().classpath());
    return roots;
  }

  private static Setting springChangeLog(VerifyRequest request) {
    return SpringBootSettings.liquibase(request.model().entityRoots()).get("changelog");
  }
}
