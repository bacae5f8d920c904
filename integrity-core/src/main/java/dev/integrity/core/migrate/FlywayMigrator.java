package dev.integrity.core.migrate;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.UnavailableExtension;
import dev.integrity.core.database.Database;
import dev.integrity.core.write.FlywayVersion;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Applies a project's Flyway migrations (SQL and Java, from its classpath) with the project's own Flyway
 * when it has one, else with the plugin's. Either way Flyway runs in a class loader over the project's
 * classpath, so that {@code classpath:} locations and Java migrations resolve as in the application: with
 * the project's Flyway, that loader's parent is the platform loader and nothing of the plugin is visible;
 * without one, its parent is the plugin's loader, which supplies Flyway (and the PostgreSQL support module)
 * and nothing else of the project's. Flyway is called by reflection through the few methods that every
 * Flyway since 6 has ({@code configure(ClassLoader)}, {@code dataSource}, {@code locations}, {@code load},
 * {@code migrate}), so the plugin compiles against no particular version.
 */
public final class FlywayMigrator implements AutoCloseable {

  private static final String FLYWAY = "org.flywaydb.core.Flyway";

  private final ClassLoader loader;
  private final boolean projectsOwn;

  /** @param projectClasspath the project's classpath with the platform loader as parent */
  public FlywayMigrator(ClassLoader projectClasspath, java.net.URL[] classpath) {
    this.projectsOwn = projectClasspath.getResource(FLYWAY.replace('.', '/') + ".class") != null;
    this.loader = projectsOwn ? projectClasspath : new java.net.URLClassLoader(classpath, FlywayMigrator.class.getClassLoader());
  }

  @Override
  public void close() {
    if (!projectsOwn && loader instanceof java.net.URLClassLoader own) {
      try {
        own.close();
      } catch (java.io.IOException e) {
        // nothing was written through it: a failed close loses nothing
      }
    }
  }

  /** {@code the project's Flyway 11.20.0} or {@code the plugin's Flyway 13.12.0}: for the log. */
  public String description() {
    return (projectsOwn ? "the project's" : "the plugin's") + " Flyway " + version();
  }

  public void migrate(Database database, FlywaySettings settings) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Class<?> flyway = loader.loadClass(FLYWAY);
      Object config = flyway.getMethod("configure", ClassLoader.class).invoke(null, loader);
      config = call(config, "dataSource", DataSource.class, database.dataSource());
      config = call(config, "locations", String[].class, settings.locations().toArray(String[]::new));
      config = configure(config, settings);
      if (hasMethod(config, "failOnMissingLocations", boolean.class)) {
        config = call(config, "failOnMissingLocations", boolean.class, true);
      }
      Object loaded = config.getClass().getMethod("load").invoke(config);
      loaded.getClass().getMethod("migrate").invoke(loaded);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      UnavailableExtension.explain(cause, "a Flyway migration in " + String.join(", ", settings.locations())).ifPresent(error -> {
        throw error;
      });
      throw new IntegrityException("Flyway (" + description() + ") could not migrate the scratch database " + database.name()
          + " from " + String.join(", ", settings.locations()) + ": " + cause.getMessage()
          + ". Fix the migration named above (or <flywayLocations>) and run again.", cause);
    } catch (ReflectiveOperationException e) {
      throw new IntegrityException("cannot run Flyway (" + description() + "): " + e + ". Use Flyway 6 or later.", e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** The application's settings beyond locations, each only when set, so that a Flyway without the method is asked for none it lacks. */
  private static Object configure(Object config, FlywaySettings settings) throws ReflectiveOperationException {
    Object configured = config;
    if (!settings.placeholders().isEmpty()) {
      configured = call(configured, "placeholders", Map.class, settings.placeholders());
    }
    if (!settings.schemas().isEmpty()) {
      configured = call(configured, "schemas", String[].class, settings.schemas().toArray(String[]::new));
    }
    if (settings.defaultSchema() != null) {
      configured = call(configured, "defaultSchema", String.class, settings.defaultSchema());
    }
    if (settings.baselineOnMigrate()) {
      configured = call(configured, "baselineOnMigrate", boolean.class, true);
    }
    if (settings.baselineVersion() != null) {
      configured = call(configured, "baselineVersion", String.class, settings.baselineVersion());
    }
    if (settings.table() != null) {
      configured = call(configured, "table", String.class, settings.table());
    }
    if (!settings.sqlMigrationPrefix().equals("V")) {
      configured = call(configured, "sqlMigrationPrefix", String.class, settings.sqlMigrationPrefix());
    }
    return configured;
  }

  /**
   * The version the fix migration takes: one more than the first component of the highest version that
   * ran ({@code 3} after {@code 2.1}), so that Flyway applies it after every migration there is.
   */
  public static String nextVersion(Connection connection, FlywaySettings settings) throws SQLException {
    String table = (settings.historySchema() == null ? "" : quoted(settings.historySchema()) + ".") + quoted(settings.historyTable());
    List<FlywayVersion> versions = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version FROM " + table + " WHERE version IS NOT NULL AND success")) {
      while (rows.next()) {
        versions.add(FlywayVersion.parse(rows.getString(1)));
      }
    }
    return versions.stream().max(Comparator.naturalOrder()).map(v -> v.parts().get(0).add(BigInteger.ONE).toString()).orElse("1");
  }

  private static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private String version() {
    try {
      Class<?> printer = loader.loadClass("org.flywaydb.core.internal.license.VersionPrinter");
      return String.valueOf(printer.getMethod("getVersion").invoke(null));
    } catch (ReflectiveOperationException | LinkageError e) {
      return "(version unknown)";
    }
  }

  private static Object call(Object target, String name, Class<?> type, Object argument) throws ReflectiveOperationException {
    Method method = target.getClass().getMethod(name, type);
    return method.invoke(target, argument);
  }

  private static boolean hasMethod(Object target, String name, Class<?> type) {
    return Arrays.stream(target.getClass().getMethods()).anyMatch(m -> m.getName().equals(name)
        && Arrays.equals(m.getParameterTypes(), new Class<?>[] {type}));
  }
}
