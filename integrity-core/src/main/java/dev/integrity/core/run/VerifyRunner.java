package dev.integrity.core.run;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.baseline.Baseline;
import dev.integrity.core.baseline.BaselineSection;
import dev.integrity.core.baseline.Baselined;
import dev.integrity.core.cache.KeptMigrations;
import dev.integrity.core.cache.MigratedSchema;
import dev.integrity.core.cache.ModelSchema;
import dev.integrity.core.cache.ModelSchemaCache;
import dev.integrity.core.cache.RunCache;
import dev.integrity.core.changelog.BackupBeforeDrop;
import dev.integrity.core.changelog.ChangelogWriter;
import dev.integrity.core.changelog.FlywayFixWriter;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.diff.Differ;
import dev.integrity.core.diff.SchemaPairing;
import dev.integrity.core.diff.ComparePolicy;
import dev.integrity.core.diff.Sides;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.IgnoreRule;
import dev.integrity.core.diff.Ignores;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.lint.Finding;
import dev.integrity.core.lint.LintInput;
import dev.integrity.core.lint.Lints;
import dev.integrity.core.migrate.ChangeSetLocator;
import dev.integrity.core.migrate.MigrationTool;
import dev.integrity.core.model.ModelExporter;
import dev.integrity.core.model.ModelResult;
import dev.integrity.core.rehearse.RehearsalReport;
import dev.integrity.core.rehearse.RehearsalResult;
import dev.integrity.core.report.ReportContext;
import dev.integrity.core.report.Reports;
import dev.integrity.core.report.RunSummary;
import dev.integrity.core.report.Timings;
import dev.integrity.core.rollback.RollbackReport;
import dev.integrity.core.rollback.RollbackResult;
import dev.integrity.core.schema.Extension;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Goals {@code verify} and {@code diff}: a disposable server, the migrations applied to database A and the
 * model exported into database B at the same time, both read by one catalog reader, compared, linted, the
 * fix written, reported.
 */
public final class VerifyRunner {

  /**
   * What the comparison found: differences after ignore rules, lint findings, the rollback test and the rehearsal (null: not
   * run), why the snapshot is stale (null: it is not).
   */
  private record Outcome(Ignores ignores, Baselined baselined, List<Finding> findings, RollbackResult rollback, RehearsalResult rehearsal,
      String staleSnapshot) {}

  /** How the fix is written: with backups before drops or not, under the name the migration tool gave it. */
  private record Fix(BackupBeforeDrop backup, String name) {}

  private final VerifyRequest request;
  private final Log log;
  private final List<IgnoreRule> ignoreRules;
  private final Timings timings = new Timings();

  private VerifyRunner(VerifyRequest request, Log log) {
    this.request = request;
    this.log = log;
    this.ignoreRules = IgnoreRule.parseAll(request.ignores());
  }

  public static VerifyResult verify(VerifyRequest request, Log log) {
    return new VerifyRunner(pinned(request), log).run(MigrationLookup.tool(request, log));
  }

  private static VerifyRequest pinned(VerifyRequest request) {
    return request.withSince(NewChangeSetObservation.pinned(request.since(), request.baseDir()));
  }

  /**
   * Goal {@code diff}: the same run and files as {@link #verify}, and the summary says where the fix is
   * and how to include it. The caller never fails the build on its differences.
   */
  public static VerifyResult diff(VerifyRequest request, Log log) {
    if (!MigrationLookup.exists(request)) {
      return InitialChangelog.write(request, log);
    }
    MigrationTool tool = MigrationLookup.tool(request, log);
    VerifyResult result = new VerifyRunner(pinned(request), log).run(tool);
    if (request.write() != null) {
      return result;
    }
    List<String> lines = new ArrayList<>(result.summary());
    lines.addAll(tool.fixInstructions(result.changelog(), result.destructiveChangeSets()));
    return new VerifyResult(result.differences(), result.failing(), result.report(), result.changelog(),
        result.destructiveChangeSets(), lines, result.findings(), result.failingFindings(), result.rollback(), result.staleSnapshot(),
        result.baseline(), result.rehearsal());
  }

  private VerifyResult run(MigrationTool tool) {
    Baseline baseline = Baseline.read(request.baselineFile(), BaselineSection.VERIFY);
    if (request.rollbackTest()) {
      tool.requireRollback();
    }
    if (request.rehearse()) {
      tool.requireRehearsal();
    }
    RunCache cache = RunCache.open(request, tool.changeLog(), log);
    Optional<VerifyResult> cached = cache.verdict();
    if (cached.isPresent()) {
      return cached.get();
    }
    Optional<Schema> cachedMigration = tool.reusesMigratedSchema() ? cache.migratedSchema() : Optional.empty();
    long start = System.nanoTime();
    try (Workspace workspace = Workspace.open(request, tool)) {
      DatabaseServer server = workspace.server(Log.SILENT);
      timings.record("database start", start);
      log.info("Database: " + server.description());
      Database model = server.createDatabase(Workspace.MODEL);
      ModelSchemaCache models = new ModelSchemaCache(request.outputDirectory().resolve(RunCache.DIRECTORY), request.cache(), log);
      // the model's DDL waits for the migrated database's extensions only when it needs a type or function they provide
      CompletableFuture<List<Extension>> migratedExtensions = new CompletableFuture<>();
      CompletableFuture<ModelSchema> export = CompletableFuture.supplyAsync(() -> {
        long t = System.nanoTime();
        ModelSchema result = models.export(request.model(), model, migratedExtensions::join);
        timings.record("model export", t);
        return result;
      });
      try {
        long t = System.nanoTime();
        Schema migratedAll;
        Database migrated = null;
        if (cachedMigration.isPresent()) {
          log.info("Migrations unchanged since an earlier run: the migrated schema is reused from " + RunCache.DIRECTORY);
          workspace.parseChangeSetsAhead();
          migratedAll = cachedMigration.get();
        } else {
          KeptMigrations.Migrated kept = KeptMigrations.open(request, tool, workspace.migrations(), log).migrate(server, Workspace.MIGRATED);
          migrated = kept.database();
          migratedAll = tool.withoutHistoryTable(kept.schema());
          workspace.migrated(kept.changeSets());
          cache.storeMigratedSchema(migratedAll);
        }
        migratedExtensions.complete(migratedAll.extensions());
        timings.record("migrate", t);
        ModelSchema exported = join(export);
        ModelResult modelResult = exported.result();
        log.info("Model: " + modelResult.mappedClasses() + " mapped classes exported by Hibernate " + modelResult.hibernateVersion());

        t = System.nanoTime();
        List<String> schemas = schemas(modelResult);
        CatalogReader reader = new CatalogReader(schemas);
        Schema migratedSchema = MigratedSchema.restrictTo(migratedAll, schemas);
        Schema modelSchema = MigratedSchema.restrictTo(exported.schema(), schemas);
        timings.record("inspect", t);

        t = System.nanoTime();
        Ignores ignores = Ignores.apply(ignoreRules, Differ.diff(modelSchema, migratedSchema, modelResult.origins(), ComparePolicy.verify(request.strict())));
        timings.record("diff", t);
        SchemaPairing.line(exported.schema(), migratedAll).ifPresent(log::warn);

        t = System.nanoTime();
        List<Finding> linted = Lints.run(request.lints(), new LintInput(migratedSchema, modelResult.origins(),
            workspace.changeSets(), new ChangeSetLocator(request.changeLogSearchRoots()), NewChangeSetObservation.observe(workspace, server, reader, log)));
        List<Finding> findings = Lints.sized(linted, NewChangeSetObservation.liveSizes(request.live(), linted, log));
        timings.record("lint", t);
        RollbackResult rollback = null;
        if (request.rollbackTest()) {
          t = System.nanoTime();
          rollback = RollbackTestRunner.test(workspace, server, reader, log);
          timings.record("rollback test", t);
        }
        RehearsalResult rehearsal = null;
        if (request.rehearse()) {
          t = System.nanoTime();
          rehearsal = RehearseRunner.rehearse(workspace, server, reader, log);
          timings.record("rehearsal", t);
        }

        t = System.nanoTime();
        Fix fix = new Fix(request.backupBeforeDrop() ? BackupBeforeDrop.of(migratedSchema) : BackupBeforeDrop.OFF,
            tool.nextFix(migrated, workspace.migrations()));
        ReportContext context = reportContext(tool, modelResult.origins(), List.of(modelSchema, migratedSchema));
        String stale = SnapshotRunner.staleSnapshot(request, MigratedSchema.restrictTo(migratedAll, request.schemas()));
        VerifyResult result = report(workspace, new Outcome(ignores, baseline.apply(ignores.kept()), findings, rollback, rehearsal, stale), fix, context, t);
        log.info("Timings: " + timings.line());
        cache.storeVerdict(result);
        return result;
      } finally {
        migratedExtensions.completeExceptionally(new IllegalStateException("the migrations failed"));
        // a failed migration must not close the server under a model export that still writes to it;
        // closing drops databases A and B, or throws the whole server away with them (then nothing to drop)
        export.handle((result, error) -> null).join();
      }
    }
  }

  private VerifyResult report(Workspace workspace, Outcome outcome, Fix fix, ReportContext context, long start) {
    List<Difference> differences = outcome.baselined().kept();
    Path changelogFile = request.outputDirectory().resolve(request.changeLogFormat().fileName());
    try {
      Files.deleteIfExists(changelogFile);
    } catch (IOException e) {
      throw new IntegrityException("cannot remove the previous fix changelog " + changelogFile + ": " + e.getMessage(), e);
    }
    FlywayFixWriter.clean(request.outputDirectory());
    Path changelog = null;
    int destructive = 0;
    if (Difference.anyFix(differences)) {
      ChangelogWriter.Written written = workspace.tool().writeFix(differences, fix.name(), request.outputDirectory(),
          request.changeSetAuthor(), fix.backup(), request.lockSafeFix(), workspace.migrations());
      changelog = written.file();
      destructive = written.destructive();
    }
    List<Difference> failing = request.failOn().failing(differences);
    List<Finding> failingFindings = Lints.failing(outcome.findings(), request.failOnLints());
    RollbackResult rollback = outcome.rollback();
    RehearsalResult rehearsal = outcome.rehearsal();
    timings.record("report", start);
    RunSummary summary = new RunSummary(differences,
        !failing.isEmpty() || !failingFindings.isEmpty() || (rollback != null && rollback.failed()) || outcome.staleSnapshot() != null
            || outcome.baselined().staleMessage() != null || (rehearsal != null && rehearsal.failed()),
        changelog, destructive, outcome.ignores().ignored(), timings.ordered(), outcome.findings(), Sides.MODEL_AND_MIGRATED,
        outcome.baselined().baselined());
    Reports.Written reports = Reports.write(request.formats(), summary, context);
    List<String> lines = new ArrayList<>(reports.console());
    lines.addAll(outcome.baselined().lines());
    if (rollback != null) {
      lines.addAll(RollbackReport.lines(rollback));
      lines.add("Rollback test report: " + RollbackReport.write(request.outputDirectory(), rollback));
    }
    if (rehearsal != null) {
      lines.addAll(RehearsalReport.lines(rehearsal));
      lines.add("Rehearsal report: " + RehearsalReport.write(request.outputDirectory(), rehearsal));
    }
    if (request.write() != null) {
      lines.addAll(ProjectMigration.write(request, request.write(), differences, fix.backup(), workspace.tool(), workspace.migrations()));
    } else if (changelog != null) {
      lines.add("Fix changelog: " + changelog + (destructive > 0
          ? " (" + destructive + " destructive changeSet" + (destructive == 1 ? "" : "s") + ", labelled '" + ChangelogWriter.DESTRUCTIVE_LABEL + "')"
          : ""));
    }
    return new VerifyResult(differences, failing, reports.json(), changelog, destructive, lines, outcome.findings(), failingFindings,
        rollback, outcome.staleSnapshot(), outcome.baselined(), rehearsal);
  }

  /** The tables are both sides' (each gets a JUnit test case). */
  private ReportContext reportContext(MigrationTool tool, Origins origins, List<Schema> schemas) {
    List<String> tables = schemas.stream().flatMap(schema -> schema.tables().stream()).map(Table::qualifiedName).distinct().sorted().toList();
    return ReportContext.forRun(request.outputDirectory(), request.baseDir(), request.sourceRoots(), origins, tool.changeLog(), tables);
  }

  /** The configured schemas plus every schema the model puts a table in. */
  private List<String> schemas(ModelResult model) {
    TreeSet<String> schemas = new TreeSet<>(request.schemas());
    model.origins().byName().keySet().forEach(key -> schemas.add(key.substring(0, key.indexOf('.'))));
    return List.copyOf(schemas);
  }


  /** The future's value, or the exception it failed with as thrown where it was computed. */
  static <T> T join(CompletableFuture<T> future) {
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
