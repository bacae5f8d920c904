package dev.integrity.core;

import dev.integrity.core.changelog.ChangelogWriter;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.diff.Differ;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.drift.DriftCheck;
import dev.integrity.core.drift.DriftRequest;
import dev.integrity.core.drift.DriftResult;
import dev.integrity.core.migrate.ChangeSetEntry;
import dev.integrity.core.migrate.ChangeLogLocator;
import dev.integrity.core.migrate.LiquibaseMigrator;
import dev.integrity.core.model.ModelExporter;
import dev.integrity.core.model.ModelResult;
import dev.integrity.core.report.ConsoleReport;
import dev.integrity.core.report.JsonReport;
import dev.integrity.core.report.RunSummary;
import dev.integrity.core.report.Timings;
import dev.integrity.core.report.Verdict;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.snapshot.SchemaSnapshot;
import dev.integrity.core.snapshot.SnapshotResult;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The pipeline: a disposable server, the migrations applied to database A and the model exported into
 * database B at the same time, both read by one catalog reader, compared, the fix written, reported.
 */
public final class Integrity {

  private Integrity() {}

  public static VerifyResult verify(VerifyRequest request, Log log) {
    Verdict verdict = Verdict.parse(request.failOn());
    Path changeLog = ChangeLogLocator.locate(request.baseDir(), request.changeLogFile());
    Timings timings = new Timings();
    long start = System.nanoTime();
    try (DatabaseServer server = DatabaseProviders.start(request.database())) {
      timings.record("database start", start);
      log.info("Database: " + server.description());
      Database migrated = server.createDatabase("integrity_migrated");
      Database model = server.createDatabase("integrity_model");
      CompletableFuture<ModelResult> export = CompletableFuture.supplyAsync(() -> {
        long t = System.nanoTime();
        ModelResult result = ModelExporter.export(request.model(), model, log);
        timings.record("model export", t);
        return result;
      });
      try {
        long t = System.nanoTime();
        migrate(request, changeLog, migrated);
        timings.record("migrate", t);
        ModelResult modelResult = join(export);
        log.info("Model: " + modelResult.mappedClasses() + " mapped classes exported by Hibernate " + modelResult.hibernateVersion());

        t = System.nanoTime();
        List<String> schemas = schemas(request, modelResult);
        CatalogReader reader = new CatalogReader(schemas);
        Schema migratedSchema = read(reader, migrated);
        Schema modelSchema = read(reader, model);
        timings.record("inspect", t);

        t = System.nanoTime();
        List<Difference> differences = Differ.diff(modelSchema, migratedSchema, modelResult.origins(), false);
        timings.record("diff", t);

        t = System.nanoTime();
        VerifyResult result = report(request, verdict, differences, timings, t);
        log.info("Timings: " + timings.line());
        String stale = staleSnapshot(request, migrated);
        return stale == null ? result : result.withStaleSnapshot(stale);
      } finally {
        // a failed migration must not drop database B under a model export that still writes to it
        export.handle((result, error) -> null).join();
        server.dropDatabase(migrated);
        server.dropDatabase(model);
      }
    }
  }

  /** Compares a live database, read only, with the migrations or their snapshot (see {@link DriftCheck}). */
  public static DriftResult drift(DriftRequest request, Log log) {
    return DriftCheck.run(request, log);
  }

  /** The changeSets of the project's changelog, as {@code databasechangelog} records them. */
  public static List<ChangeSetEntry> changeSets(VerifyRequest request) {
    Path changeLog = ChangeLogLocator.locate(request.baseDir(), request.changeLogFile());
    try (URLClassLoader classpath = projectClasspath(request)) {
      return new LiquibaseMigrator(request.changeLogSearchRoots(), classpath).changeSets(changeLog);
    } catch (IOException e) {
      throw new IntegrityException("cannot read the changelog " + changeLog + ": " + e.getMessage(), e);
    }
  }

  /** Writes the migrated schema (database A) to {@code snapshotFile}; no model is exported. */
  public static SnapshotResult snapshot(VerifyRequest request, Log log) {
    Path file = request.snapshotFile();
    if (file == null) {
      throw new IntegrityException("<snapshotFile> is not set; name the file the schema snapshot goes to.");
    }
    try (DatabaseServer server = DatabaseProviders.start(request.database())) {
      log.info("Database: " + server.description());
      Schema schema = migratedSchema(request, server);
      String before = Files.isRegularFile(file) ? readText(file) : null;
      SchemaSnapshot.write(file, schema);
      return new SnapshotResult(file, SchemaSnapshot.sha256(schema), !SchemaSnapshot.text(schema).equals(before));
    }
  }

  /** The schema the migrations produce, in the request's schemas: applied to a scratch database of {@code server}, read, dropped. */
  public static Schema migratedSchema(VerifyRequest request, DatabaseServer server) {
    Path changeLog = ChangeLogLocator.locate(request.baseDir(), request.changeLogFile());
    Database migrated = server.createDatabase("integrity_migrated");
    try {
      migrate(request, changeLog, migrated);
      return read(new CatalogReader(request.schemas()), migrated);
    } finally {
      server.dropDatabase(migrated);
    }
  }

  /** Why the snapshot file no longer matches the migrated schema, or null when it matches or there is none. */
  private static String staleSnapshot(VerifyRequest request, Database migrated) {
    Path file = request.snapshotFile();
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    String current = SchemaSnapshot.sha256(read(new CatalogReader(request.schemas()), migrated));
    String recorded = SchemaSnapshot.recordedHash(file);
    return current.equals(recorded) ? null
        : "the schema snapshot " + file + " (sha256 " + recorded + ") no longer matches the migrated schema (sha256 " + current
            + "); run `" + SchemaSnapshot.REFRESH_COMMAND + "` to refresh it and commit the file";
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IntegrityException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static VerifyResult report(VerifyRequest request, Verdict verdict, List<Difference> differences, Timings timings, long start) {
    Path changelogFile = request.outputDirectory().resolve(request.changeLogFormat().fileName());
    Path changelog = null;
    int destructive = 0;
    try {
      Files.deleteIfExists(changelogFile);
    } catch (IOException e) {
      throw new IntegrityException("cannot remove the previous fix changelog " + changelogFile + ": " + e.getMessage(), e);
    }
    if (!differences.isEmpty()) {
      ChangelogWriter.Written written = ChangelogWriter.write(differences, request.outputDirectory(),
          request.changeLogFormat(), request.changeSetAuthor());
      changelog = written.file();
      destructive = written.destructive();
    }
    List<Difference> failing = verdict.failing(differences);
    timings.record("report", start);
    RunSummary summary = new RunSummary(differences, !failing.isEmpty(), changelog, destructive, 0, timings.ordered());
    Path report = JsonReport.write(request.outputDirectory(), summary);
    List<String> lines = new ArrayList<>(ConsoleReport.lines(summary));
    lines.add("Report: " + report);
    if (changelog != null) {
      lines.add("Fix changelog: " + changelog + (destructive > 0
          ? " (" + destructive + " destructive changeSet" + (destructive == 1 ? "" : "s") + ", labelled '" + ChangelogWriter.DESTRUCTIVE_LABEL + "')"
          : ""));
    }
    return new VerifyResult(differences, failing, report, changelog, destructive, lines);
  }

  private static URLClassLoader projectClasspath(VerifyRequest request) {
    List<URL> urls = new ArrayList<>();
    for (Path path : request.model().classpath()) {
      try {
        urls.add(path.toUri().toURL());
      } catch (java.net.MalformedURLException e) {
        throw new IntegrityException("bad classpath entry " + path, e);
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  private static void migrate(VerifyRequest request, Path changeLog, Database database) {
    try (URLClassLoader classpath = projectClasspath(request);
        Connection connection = database.connect()) {
      new LiquibaseMigrator(request.changeLogSearchRoots(), classpath).update(changeLog, connection);
    } catch (SQLException | IOException e) {
      throw new IntegrityException("cannot migrate the scratch database " + database.name() + ": " + e.getMessage(), e);
    }
  }

  /** The configured schemas plus every schema the model puts a table in. */
  private static List<String> schemas(VerifyRequest request, ModelResult model) {
    TreeSet<String> schemas = new TreeSet<>(request.schemas());
    model.origins().byName().keySet().forEach(key -> schemas.add(key.substring(0, key.indexOf('.'))));
    return List.copyOf(schemas);
  }

  private static Schema read(CatalogReader reader, Database database) {
    try (Connection connection = database.connect()) {
      return reader.read(connection);
    } catch (SQLException e) {
      throw new IntegrityException("cannot read the catalog of " + database.name() + ": " + e.getMessage(), e);
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }
}
