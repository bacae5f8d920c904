package dev.integrity.core;

import dev.integrity.core.changelog.ChangelogWriter;
import dev.integrity.core.changelog.FixInstructions;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.diff.Differ;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.IgnoreRule;
import dev.integrity.core.diff.Ignores;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.migrate.ChangeLogLocator;
import dev.integrity.core.migrate.LiquibaseMigrator;
import dev.integrity.core.model.ModelExporter;
import dev.integrity.core.model.ModelResult;
import dev.integrity.core.report.ReportContext;
import dev.integrity.core.report.ReportFormat;
import dev.integrity.core.report.Reports;
import dev.integrity.core.report.RunSummary;
import dev.integrity.core.report.SourceLocator;
import dev.integrity.core.report.Timings;
import dev.integrity.core.report.Verdict;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    Path changeLog = ChangeLogLocator.locate(request.baseDir(), request.changeLogFile());
    Timings timings = new Timings();
    long start = System.nanoTime();
    try (DatabaseServer server = DatabaseProviders.start(request.database())) {
      timings.record("database start", start);
      log.info("Database: " + server.description());
      Database migrated = server.createDatabase("integrity_migrated");
      Database model = server.createDatabase("integrity_model");
      try {
        CompletableFuture<ModelResult> export = CompletableFuture.supplyAsync(() -> {
          long t = System.nanoTime();
          ModelResult result = ModelExporter.export(request.model(), model, log);
          timings.record("model export", t);
          return result;
        });
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
        Ignores ignores = Ignores.apply(ignoreRules, Differ.diff(modelSchema, migratedSchema, modelResult.origins(), false));
        timings.record("diff", t);

        t = System.nanoTime();
        ReportContext context = reportContext(request, changeLog, modelResult, List.of(modelSchema, migratedSchema));
        VerifyResult result = report(request, verdict, ignores, timings, t, formats, context);
        log.info("Timings: " + timings.line());
        return result;
      } finally {
        server.dropDatabase(migrated);
        server.dropDatabase(model);
      }
    }
  }

  /**
   * The pipeline for {@code integrity:diff}: the same run and files as {@link #verify}, and the summary
   * says where the fix is and how to include it. The caller never fails the build on its differences.
   */
  public static VerifyResult diff(VerifyRequest request, Log log) {
    VerifyResult result = verify(request, log);
    List<String> lines = new ArrayList<>(result.summary());
    lines.addAll(FixInstructions.lines(ChangeLogLocator.locate(request.baseDir(), request.changeLogFile()),
        result.changelog(), result.destructiveChangeSets()));
    return new VerifyResult(result.differences(), result.failing(), result.report(), result.changelog(),
        result.destructiveChangeSets(), lines);
  }

  private static VerifyResult report(VerifyRequest request, Verdict verdict, Ignores ignores, Timings timings, long start,
      Set<ReportFormat> formats, ReportContext context) {
    List<Difference> differences = ignores.kept();
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
    RunSummary summary = new RunSummary(differences, !failing.isEmpty(), changelog, destructive, ignores.ignored(), timings.ordered());
    Reports.Written reports = Reports.write(formats, summary, context);
    List<String> lines = new ArrayList<>(reports.console());
    if (changelog != null) {
      lines.add("Fix changelog: " + changelog + (destructive > 0
          ? " (" + destructive + " destructive changeSet" + (destructive == 1 ? "" : "s") + ", labelled '" + ChangelogWriter.DESTRUCTIVE_LABEL + "')"
          : ""));
    }
    return new VerifyResult(differences, failing, reports.json(), changelog, destructive, lines);
  }

  /** Paths in CI reports are relative to the CI workspace; the tables are both sides' (each gets a JUnit test case). */
  private static ReportContext reportContext(VerifyRequest request, Path changeLog, ModelResult modelResult, List<Schema> schemas) {
    Map<String, String> environment = System.getenv();
    Path root = ReportContext.repositoryRoot(request.baseDir(), environment);
    List<String> tables = schemas.stream().flatMap(schema -> schema.tables().stream()).map(Table::qualifiedName).distinct().sorted().toList();
    return new ReportContext(request.outputDirectory(), root, tables,
        new SourceLocator(root, request.sourceRoots(), modelResult.origins(), changeLog), environment, System.out);
  }

  private static void migrate(VerifyRequest request, Path changeLog, Database database) {
    List<URL> urls = new ArrayList<>();
    for (Path path : request.model().classpath()) {
      try {
        urls.add(path.toUri().toURL());
      } catch (java.net.MalformedURLException e) {
        throw new IntegrityException("bad classpath entry " + path, e);
      }
    }
    try (URLClassLoader classpath = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
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
