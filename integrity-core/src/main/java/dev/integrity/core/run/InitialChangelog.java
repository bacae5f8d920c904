package dev.integrity.core.run;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.changelog.BackupBeforeDrop;
import dev.integrity.core.changelog.ChangeLogFormat;
import dev.integrity.core.changelog.ChangelogWriter;
import dev.integrity.core.changelog.FlywayFixWriter;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.diff.ComparePolicy;
import dev.integrity.core.diff.Differ;
import dev.integrity.core.migrate.Migrations;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.model.ModelExporter;
import dev.integrity.core.model.ModelResult;
import dev.integrity.core.schema.Schema;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The first migration of a project with entities and no migrations yet ({@code integrity:diff}): the model's
 * whole schema, diffed against an empty database, written where the project's migration tool finds it —
 * {@code V1__baseline.sql} in the first Flyway location when Flyway is on the project's classpath (or
 * {@code migrations=flyway}), else Spring Boot's {@code db/changelog/db.changelog-master.yaml}. It never
 * overwrites a file.
 */
final class InitialChangelog {

  static final String LIQUIBASE_MASTER = "src/main/resources/db/changelog/db.changelog-master.yaml";
  static final String FLYWAY_FILE = "V1__baseline.sql";
  private static final String FLYWAY_CLASS = "org/flywaydb/core/Flyway.class";

  private InitialChangelog() {}

  static VerifyResult write(VerifyRequest request, Log log) {
    boolean flyway = flyway(request);
    Path file = flyway ? flywayDirectory(request).resolve(FLYWAY_FILE) : request.baseDir().resolve(LIQUIBASE_MASTER);
    if (Files.exists(file)) {
      throw new IntegrityException("no migrations were found, yet " + file + " exists: integrity:diff does not overwrite it."
          + " Set <changeLogFile> or <flywayLocations> to where the migrations are, or move the file away.");
    }
    List<Difference> differences = modelSchema(request, log);
    List<String> lines = new ArrayList<>();
    lines.add("No migrations yet: wrote the migration that creates the entity model's schema (" + differences.size()
        + " object" + (differences.size() == 1 ? "" : "s") + ") to " + file + ".");
    if (flyway) {
      FlywayFixWriter.writeFile(ChangelogWriter.changeSets(differences, request.changeSetAuthor(), "flyway"), file);
      lines.add("Flyway applies it as version 1 from " + request.flyway().locations().get(0) + ". On a database that already has these"
          + " tables, baseline it first (flyway baseline, or spring.flyway.baseline-on-migrate=true) so that V1 is not applied there.");
    } else {
      ChangelogWriter.writeFile(differences, file, ChangeLogFormat.YAML, request.changeSetAuthor(), BackupBeforeDrop.OFF);
      lines.add("Spring Boot's Liquibase runs it at start-up (the default spring.liquibase.change-log), and integrity finds it there."
          + " On a database that already has these tables, mark it applied with `liquibase changelog-sync` instead of running it.");
    }
    lines.add("Review it and commit it; `mvn verify` then checks the entities against it.");
    return new VerifyResult(differences, List.of(), null, file, 0, lines);
  }

  /** The model's schema as differences from an empty database: every table, sequence and enum type is missing. */
  private static List<Difference> modelSchema(VerifyRequest request, Log log) {
    try (DatabaseServer server = DatabaseProviders.start(request.database())) {
      log.info("Database: " + server.description());
      Database model = server.createDatabase("integrity_model");
      ModelResult result = ModelExporter.export(request.model(), model, List.of(), log);
      log.info("Model: " + result.mappedClasses() + " mapped classes exported by Hibernate " + result.hibernateVersion());
      TreeSet<String> schemas = new TreeSet<>(request.schemas());
      result.origins().byName().keySet().forEach(table -> schemas.add(table.substring(0, table.indexOf('.'))));
      try (Connection connection = model.connect()) {
        Schema schema = new CatalogReader(List.copyOf(schemas)).read(connection);
        return Differ.diff(schema, Schema.empty(), result.origins(), ComparePolicy.MODEL_VS_MIGRATIONS);
      } catch (SQLException e) {
        throw new IntegrityException("cannot read the catalog of " + model.name() + ": " + e.getMessage(), e);
      }
    }
  }

  /** Whether the project's migrations are to be Flyway's: asked for, or Flyway on its classpath with {@code migrations=auto}. */
  private static boolean flyway(VerifyRequest request) {
    if (request.migrations() != Migrations.AUTO) {
      return request.migrations() == Migrations.FLYWAY;
    }
    List<URL> urls = new ArrayList<>();
    for (Path entry : request.model().classpath()) {
      try {
        urls.add(entry.toUri().toURL());
      } catch (java.net.MalformedURLException e) {
        throw new IntegrityException("bad classpath entry " + entry, e);
      }
    }
    try (URLClassLoader classpath = new URLClassLoader(urls.toArray(URL[]::new), null)) {
      return classpath.findResource(FLYWAY_CLASS) != null;
    } catch (IOException e) {
      throw new IntegrityException("cannot close the project's class loader: " + e.getMessage(), e);
    }
  }

  /** The folder of the first Flyway location: a {@code filesystem:} one as given, a {@code classpath:} one under src/main/resources. */
  private static Path flywayDirectory(VerifyRequest request) {
    String location = request.flyway().locations().get(0);
    if (location.startsWith("filesystem:")) {
      return request.baseDir().resolve(location.substring("filesystem:".length()));
    }
    String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
    return request.baseDir().resolve("src/main/resources").resolve(path.startsWith("/") ? path.substring(1) : path);
  }
}
