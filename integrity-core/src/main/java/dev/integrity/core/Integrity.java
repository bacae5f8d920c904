package dev.integrity.core;

import dev.integrity.core.baseline.Baseline;
import dev.integrity.core.baseline.BaselineFile;
import dev.integrity.core.baseline.BaselineResult;
import dev.integrity.core.baseline.Baselined;
import dev.integrity.core.baseline.InitialChangelog;
import dev.integrity.core.changelog.BackupBeforeDrop;
import dev.integrity.core.cache.MigratedSchema;
import dev.integrity.core.cache.RunCache;
import dev.integrity.core.changelog.ChangelogWriter;
import dev.integrity.core.changelog.FixInstructions;
import dev.integrity.core.changelog.FlywayFixWriter;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.diff.Differ;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.IgnoreRule;
import dev.integrity.core.diff.Ignores;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.lint.Finding;
import dev.integrity.core.lint.FindingLines;
import dev.integrity.core.lint.LintInput;
import dev.integrity.core.lint.LintRule;
import dev.integrity.core.lint.Lints;
import dev.integrity.core.migrate.ChangeSetLocator;
import dev.integrity.core.migrate.FlywayMigrator;
import dev.integrity.core.drift.DriftCheck;
import dev.integrity.core.drift.DriftRequest;
import dev.integrity.core.drift.DriftResult;
import dev.integrity.core.migrate.ChangeSetEntry;
import dev.integrity.core.migrate.LiquibaseMigrator;
import dev.integrity.core.migrate.MigrationSource;
import dev.integrity.core.migrate.LiquibaseOptions;
import dev.integrity.core.model.ModelExporter;
import dev.integrity.core.model.ModelResult;
import dev.integrity.core.report.ReportContext;
import dev.integrity.core.report.ReportFormat;
import dev.integrity.core.report.Reports;
import dev.integrity.core.report.RunSummary;
import dev.integrity.core.report.Timings;
import dev.integrity.core.report.Verdict;
import dev.integrity.core.rollback.RollbackReport;
import dev.integrity.core.rollback.RollbackResult;
import dev.integrity.core.rollback.RollbackTester;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
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
import java.util.Set;
import java.util.Optional;
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
    Set<ReportFormat> formats = ReportFormat.parse(request.formats());
    List<IgnoreRule> ignoreRules = IgnoreRule.parseAll(request.ignores());
    Set<LintRule> lints = LintRule.parse(request.lints(), "lints", "all");
    Set<LintRule> failOnLints = LintRule.parse(request.failOnLints(), "failOnLints", "none");
    Baseline baseline = Baseline.read(request.baselineFile());
    MigrationSource source = migrationSource(request, log);
    if (request.rollbackTest()) {
      liquibaseOnly(source);
    }
    RunCache cache = RunCache.open(request, source instanceof MigrationSource.Liquibase liquibase ? liquibase.changeLog() : null, log);
    Optional<VerifyResult> cached = cache.verdict();
    if (cached.isPresent()) {
      return cached.get();
    }
    // a Flyway fix is numbered after the migrated database's history, so a Flyway project always migrates
    Optional<Schema> cachedMigration = source instanceof MigrationSource.Flyway ? Optional.empty() : cache.migratedSchema();
    Timings timings = new Timings();
    long start = System.nanoTime();
    try (DatabaseServer server = DatabaseProviders.start(request.database()); URLClassLoader classpath = projectClassLoader(request)) {
      timings.record("database start", start);
      log.info("Database: " + server.description());
      Database migrated = cachedMigration.isPresent() ? null : server.createDatabase("integrity_migrated");
      Database model = server.createDatabase("integrity_model");
      CompletableFuture<ModelResult> export = CompletableFuture.supplyAsync(() -> {
        long t = System.nanoTime();
        ModelResult result = ModelExporter.export(request.model(), model, log);
        timings.record("model export", t);
        return result;
      });
      try {
        long t = System.nanoTime();
        Schema migratedAll;
        if (cachedMigration.isPresent()) {
          log.info("Migrations unchanged since an earlier run: the migrated schema is reused from " + RunCache.DIRECTORY);
          migratedAll = cachedMigration.get();
        } else {
          migrate(request, source, classpath, migrated, log);
          migratedAll = readAll(migrated);
          cache.storeMigratedSchema(migratedAll);
        }
        timings.record("migrate", t);
        ModelResult modelResult = join(export);
        log.info("Model: " + modelResult.mappedClasses() + " mapped classes exported by Hibernate " + modelResult.hibernateVersion());

        t = System.nanoTime();
        List<String> schemas = schemas(request, modelResult);
        CatalogReader reader = new CatalogReader(schemas);
        Schema migratedSchema = MigratedSchema.restrictTo(migratedAll, schemas);
        Schema modelSchema = read(reader, model);
        timings.record("inspect", t);

        t = System.nanoTime();
        Ignores ignores = Ignores.apply(ignoreRules, Differ.diff(modelSchema, migratedSchema, modelResult.origins(), false));
        Baselined baselined = baseline.apply(ignores.kept());
        timings.record("diff", t);

        t = System.nanoTime();
        List<Finding> findings = Lints.run(lints, lintInput(request, source, classpath, migratedSchema, modelResult.origins()));
        timings.record("lint", t);
        RollbackResult rollback = null;
        if (request.rollbackTest()) {
          t = System.nanoTime();
          rollback = new RollbackTester(server, liquibase(request, classpath), new ChangeSetLocator(request.changeLogSearchRoots()), reader, log)
              .test(((MigrationSource.Liquibase) source).changeLog());
          timings.record("rollback test", t);
        }

        t = System.nanoTime();
        Fix fix = new Fix(request.backupBeforeDrop() ? BackupBeforeDrop.of(migratedSchema) : BackupBeforeDrop.OFF,
            source instanceof MigrationSource.Flyway ? flywayNextVersion(migrated) : null);
        ReportContext context = reportContext(request, source, modelResult, List.of(modelSchema, migratedSchema));
        String stale = staleSnapshot(request, MigratedSchema.restrictTo(migratedAll, request.schemas()));
        VerifyResult result = report(request, verdict, ignores, baselined, findings, failOnLints, rollback, stale, fix, timings, t, formats, context);
        log.info("Timings: " + timings.line());
        cache.storeVerdict(result);
        return result;
      } finally {
        // a failed migration must not close the server under a model export that still writes to it;
        // closing drops databases A and B, or throws the whole server away with them (then nothing to drop)
        export.handle((result, error) -> null).join();
      }
    } catch (IOException e) {
      throw new IntegrityException("cannot close the project's class loader: " + e.getMessage(), e);
    }
  }

  /**
   * The pipeline for {@code integrity:diff}: the same run and files as {@link #verify}, and the summary
   * says where the fix is and how to include it. The caller never fails the build on its differences. A project
   * without migrations gets its first one instead (see {@link InitialChangelog}).
   */
  public static VerifyResult diff(VerifyRequest request, Log log) {
    if (!MigrationLookup.exists(request)) {
      return InitialChangelog.write(request, log);
    }
    VerifyResult result = verify(request, log);
    List<String> lines = new ArrayList<>(result.summary());
    if (migrationSource(request, Log.SILENT) instanceof MigrationSource.Liquibase liquibase) {
      lines.addAll(FixInstructions.lines(liquibase.changeLog(), result.changelog(), result.destructiveChangeSets()));
    } else if (result.changelog() != null) {
      lines.add("Review " + result.changelog().getFileName() + ", then move it into your Flyway migrations (e.g. src/main/resources/db/migration).");
    }
    return new VerifyResult(result.differences(), result.failing(), result.report(), result.changelog(),
        result.destructiveChangeSets(), lines, result.findings(), result.failingFindings(), result.rollback(), result.staleSnapshot(),
        result.baseline());
  }

  /** Writes today's differences (after ignore rules), accepted or not before, to the baseline file (goal {@code baseline}). */
  public static BaselineResult baseline(VerifyRequest request, Log log) {
    return BaselineFile.write(request.baselineFile(), verify(request, log).baseline().all());
  }

  /** Compares a live database, read only, with the migrations or their snapshot (see {@link DriftCheck}). */
  public static DriftResult drift(DriftRequest request, Log log) {
    return DriftCheck.run(request, log);
  }

  /** The changeSets of {@code changeLog} (the request's, already located), as {@code databasechangelog} records them. */
  public static List<ChangeSetEntry> changeSets(VerifyRequest request, Path changeLog) {
    try (URLClassLoader classpath = projectClassLoader(request)) {
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
    MigrationSource source = migrationSource(request, Log.SILENT);
    Database migrated = server.createDatabase("integrity_migrated");
    try (URLClassLoader classpath = projectClassLoader(request)) {
      migrate(request, source, classpath, migrated, Log.SILENT);
      return read(new CatalogReader(request.schemas()), migrated);
    } catch (IOException e) {
      throw new IntegrityException("cannot close the project's class loader: " + e.getMessage(), e);
    } finally {
      server.dropDatabase(migrated);
    }
  }

  /** Why the snapshot file no longer matches the migrated schema, or null when it matches or there is none. */
  private static String staleSnapshot(VerifyRequest request, Schema migrated) {
    Path file = request.snapshotFile();
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    String current = SchemaSnapshot.sha256(migrated);
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

  /** How the fix is written: with backups before drops or not; as a Flyway migration of this version, or (null) a changelog. */
  private record Fix(BackupBeforeDrop backup, String flywayVersion) {}

  private static VerifyResult report(VerifyRequest request, Verdict verdict, Ignores ignores, Baselined baselined, List<Finding> findings,
      Set<LintRule> failOnLints, RollbackResult rollback, String staleSnapshot, Fix fix, Timings timings, long start,
      Set<ReportFormat> formats, ReportContext context) {
    List<Difference> differences = baselined.kept();
    Path changelogFile = request.outputDirectory().resolve(request.changeLogFormat().fileName());
    Path changelog = null;
    int destructive = 0;
    try {
      Files.deleteIfExists(changelogFile);
    } catch (IOException e) {
      throw new IntegrityException("cannot remove the previous fix changelog " + changelogFile + ": " + e.getMessage(), e);
    }
    FlywayFixWriter.clean(request.outputDirectory());
    if (!differences.isEmpty() && fix.flywayVersion() != null) {
      List<liquibase.changelog.ChangeSet> changeSets = ChangelogWriter.changeSets(differences, request.changeSetAuthor(), "flyway", fix.backup());
      changelog = FlywayFixWriter.write(changeSets, request.outputDirectory(), fix.flywayVersion());
      destructive = (int) changeSets.stream().filter(c -> c.getLabels() != null && !c.getLabels().isEmpty()).count();
    } else if (!differences.isEmpty()) {
      ChangelogWriter.Written written = ChangelogWriter.write(differences, request.outputDirectory(),
          request.changeLogFormat(), request.changeSetAuthor(), fix.backup());
      changelog = written.file();
      destructive = written.destructive();
    }
    List<Difference> failing = verdict.failing(differences);
    List<Finding> failingFindings = Lints.failing(findings, failOnLints);
    timings.record("report", start);
    RunSummary summary = new RunSummary(differences,
        !failing.isEmpty() || !failingFindings.isEmpty() || (rollback != null && rollback.failed()) || staleSnapshot != null
            || baselined.staleMessage() != null,
        changelog, destructive, ignores.ignored(), timings.ordered(), findings, baselined.baselined());
    Reports.Written reports = Reports.write(formats, summary, context);
    List<String> lines = new ArrayList<>(reports.console());
    lines.addAll(baselined.lines());
    lines.addAll(FindingLines.lines(findings, failOnLints));
    if (rollback != null) {
      lines.addAll(RollbackReport.lines(rollback));
      lines.add("Rollback test report: " + RollbackReport.write(request.outputDirectory(), rollback));
    }
    if (changelog != null) {
      lines.add("Fix changelog: " + changelog + (destructive > 0
          ? " (" + destructive + " destructive changeSet" + (destructive == 1 ? "" : "s") + ", labelled '" + ChangelogWriter.DESTRUCTIVE_LABEL + "')"
          : ""));
    }
    return new VerifyResult(differences, failing, reports.json(), changelog, destructive, lines, findings, failingFindings, rollback, staleSnapshot,
        baselined);
  }

  /** The tables are both sides' (each gets a JUnit test case). */
  private static ReportContext reportContext(VerifyRequest request, MigrationSource source, ModelResult modelResult, List<Schema> schemas) {
    List<String> tables = schemas.stream().flatMap(schema -> schema.tables().stream()).map(Table::qualifiedName).distinct().sorted().toList();
    Path changeLog = source instanceof MigrationSource.Liquibase liquibase ? liquibase.changeLog() : null;
    return ReportContext.forRun(request.outputDirectory(), request.baseDir(), request.sourceRoots(), modelResult.origins(), changeLog, tables);
  }

  /**
   * The rollback test alone (goal {@code rollback-test}): writes {@code rollback-test.json} and returns
   * the result; the entity model plays no part.
   */
  public static RollbackResult rollbackTest(VerifyRequest request, Log log) {
    MigrationSource source = migrationSource(request, log);
    liquibaseOnly(source);
    try (DatabaseServer server = DatabaseProviders.start(request.database()); URLClassLoader classpath = projectClassLoader(request)) {
      log.info("Database: " + server.description());
      RollbackResult result = new RollbackTester(server, liquibase(request, classpath), new ChangeSetLocator(request.changeLogSearchRoots()),
          new CatalogReader(request.schemas()), log).test(((MigrationSource.Liquibase) source).changeLog());
      RollbackReport.write(request.outputDirectory(), result);
      return result;
    } catch (IOException e) {
      throw new IntegrityException("cannot close the project's class loader: " + e.getMessage(), e);
    }
  }

  private static MigrationSource migrationSource(VerifyRequest request, Log log) {
    return MigrationLookup.source(request, log);
  }

  private static void liquibaseOnly(MigrationSource source) {
    if (!(source instanceof MigrationSource.Liquibase)) {
      throw new IntegrityException("<rollbackTest> needs Liquibase migrations; this project's are Flyway's, whose community edition has no"
          + " rollback (undo). Set <rollbackTest>false</rollbackTest> (and do not run integrity:rollback-test) for this project.");
    }
  }

  private static void migrate(VerifyRequest request, MigrationSource source, URLClassLoader classpath, Database database, Log log) {
    if (source instanceof MigrationSource.Flyway flyway) {
      try (FlywayMigrator migrator = new FlywayMigrator(classpath, classpath.getURLs())) {
        log.info("Migrations: applied with " + migrator.description());
        migrator.migrate(database, flyway.locations());
      }
      return;
    }
    try (Connection connection = database.connect()) {
      LiquibaseOptions options = LiquibaseOptions.resolve(request.contexts(), request.labels(), request.changeLogParameters(),
          request.model().entityRoots(), log);
      liquibase(request, classpath).update(((MigrationSource.Liquibase) source).changeLog(), connection, options, log);
    } catch (SQLException e) {
      throw new IntegrityException("cannot migrate the scratch database " + database.name() + ": " + e.getMessage(), e);
    }
  }

  private static LiquibaseMigrator liquibase(VerifyRequest request, ClassLoader classpath) {
    return new LiquibaseMigrator(request.changeLogSearchRoots(), classpath);
  }

  /** The project's runtime classpath, with nothing of the plugin's visible through it. */
  private static URLClassLoader projectClassLoader(VerifyRequest request) {
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

  private static LintInput lintInput(VerifyRequest request, MigrationSource source, ClassLoader classpath, Schema migrated, Origins origins) {
    ChangeSetLocator locator = new ChangeSetLocator(request.changeLogSearchRoots());
    if (source instanceof MigrationSource.Liquibase liquibase) {
      return new LintInput(migrated, origins, liquibase(request, classpath).parse(liquibase.changeLog()).getChangeSets(), locator);
    }
    return new LintInput(migrated, origins, List.of(), locator);
  }

  private static String flywayNextVersion(Database database) {
    try (Connection connection = database.connect()) {
      return FlywayMigrator.nextVersion(connection);
    } catch (SQLException e) {
      throw new IntegrityException("cannot read flyway_schema_history of " + database.name() + ": " + e.getMessage(), e);
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

  private static Schema readAll(Database database) {
    try (Connection connection = database.connect()) {
      return MigratedSchema.readAll(connection);
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
