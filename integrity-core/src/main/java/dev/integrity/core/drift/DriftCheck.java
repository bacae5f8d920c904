package dev.integrity.core.drift;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.common.Secrets;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.diff.ComparePolicy;
import dev.integrity.core.diff.Differ;
import dev.integrity.core.diff.Sides;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.IgnoreRule;
import dev.integrity.core.diff.Ignores;
import dev.integrity.core.baseline.Baseline;
import dev.integrity.core.baseline.BaselineSection;
import dev.integrity.core.baseline.Baselined;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.migrate.ChangeSetEntry;
import dev.integrity.core.migrate.MigrationTool;
import dev.integrity.core.model.ModelExporter;
import dev.integrity.core.model.ModelResult;
import dev.integrity.core.report.ReportContext;
import dev.integrity.core.report.ReportFormat;
import dev.integrity.core.report.Reports;
import dev.integrity.core.report.RunSummary;
import dev.integrity.core.report.Timings;
import dev.integrity.core.report.Verdict;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import dev.integrity.core.snapshot.SchemaSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The drift check: reads a live database in a read-only transaction, compares its schema with the
 * migrations (or their snapshot) and its Liquibase history with the changelog, optionally checks its data
 * against the entity model, then reports, appends to the history and posts the webhook on a change.
 */
public final class DriftCheck {

  private DriftCheck() {}

  /**
   * @param tool the migration tool of the project
   * @param history what the live database's history table must record, empty when the tool's history is not compared
   * @param timings holds the time the expected schema took
   */
  public static DriftResult run(DriftRequest request, ExpectedSchema expected, MigrationTool tool, Optional<List<ChangeSetEntry>> history,
      Timings timings, Log log) {
    VerifyRequest project = request.project();
    List<Difference> differences = new ArrayList<>();
    String liveHash;
    List<String> tables;
    long t = System.nanoTime();
    try (Connection live = ReadOnlyConnection.open(request.live().connect(), request.statementTimeout())) {
      Schema liveSchema = tool.withoutHistoryTable(new CatalogReader(project.schemas()).read(live));
      liveHash = SchemaSnapshot.sha256(liveSchema);
      tables = Stream.of(expected.schema(), liveSchema).flatMap(schema -> schema.tables().stream())
          .map(Table::qualifiedName).distinct().sorted().toList();
      differences.addAll(Differ.diff(expected.schema(), liveSchema, Origins.none(), expected.policy(), expected.sides()));
      if (history.isEmpty()) {
        log.info(tool.name() + " migrations: the live database's schema is compared; its " + tool.historyTable()
            + " is not (only Liquibase's history is).");
      } else {
        Optional<ChangeLogHistory.History> recorded = ChangeLogHistory.read(live, project.schemas());
        if (recorded.isPresent()) {
          differences.addAll(ChangeLogHistory.compare(history.get(), recorded.get()));
        } else {
          log.warn("The live database has no databasechangelog in schemas " + project.schemas() + ": its Liquibase history is not checked.");
        }
      }
      timings.record("live schema", t);
      if (request.checkData()) {
        t = System.nanoTime();
        differences.addAll(DataChecks.run(live, expected.model(), expected.origins(), liveSchema));
        timings.record("data checks", t);
      }
    } catch (SQLException e) {
      throw new IntegrityException("cannot read the live database " + request.live() + ": "
          + Secrets.redact(e.getMessage(), request.live().password())
          + ". Check <jdbcUrl>, <username> and <password> (or <serverId>); drift needs only the right to read the catalog"
          + (request.checkData() ? " and SELECT on the checked tables." : "."), e);
    }
    Ignores ignores = Ignores.apply(IgnoreRule.parseAll(request.project().ignores()),
        differences.stream().sorted(Difference.ORDER).toList());
    Baselined baselined = Baseline.read(project.baselineFile(), BaselineSection.DRIFT).apply(ignores.kept());
    return report(request, project.failOn(), ignores, baselined, liveHash, expected.sides(), timings, project.formats(), ReportContext.forRun(project.outputDirectory(), project.baseDir(), project.sourceRoots(), expected.origins(),
        tool.changeLog(), tables), log);
  }


  private static DriftResult report(DriftRequest request, Verdict verdict, Ignores ignores, Baselined baselined, String liveHash, Sides sides,
      Timings timings, Set<ReportFormat> formats, ReportContext context, Log log) {
    Path output = request.project().outputDirectory();
    List<Difference> differences = baselined.kept();
    List<Difference> failing = verdict.failing(differences);
    boolean failed = !failing.isEmpty() || baselined.staleMessage() != null;
    RunSummary summary = new RunSummary(differences, failed, null, 0, ignores.ignored(), timings.ordered(), List.of(), sides, baselined.baselined());
    Reports.Written reports = Reports.write(formats, summary, context);
    List<String> lines = new ArrayList<>(reports.console());
    lines.addAll(baselined.lines());
    lines.add("Live schema sha256: " + liveHash);

    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    Stream.of(Severity.values()).forEach(s -> counts.put(s, differences.stream().filter(d -> d.severity() == s).count()));
    String status = failed ? "failed" : "passed";
    Optional<History.Entry> previous = History.last(output);
    History.Entry current = new History.Entry(Instant.now(), status, liveHash, counts);
    lines.add("History: " + History.append(output, current));
    boolean changed = previous.isEmpty() || !previous.get().status().equals(status) || !previous.get().sha256().equals(liveHash);
    boolean posted = false;
    if (changed && (request.webhookUrl() != null || request.email() != null)) {
      String text = message(request, current, previous);
      if (request.webhookUrl() != null) {
        String problem = Webhook.post(request.webhookUrl(), text);
        posted = problem == null;
        if (posted) {
          lines.add("Webhook: posted the summary to " + Webhook.redact(request.webhookUrl()));
        } else {
          log.warn("Webhook: could not post the summary to " + Webhook.redact(request.webhookUrl()) + ": " + problem);
        }
      }
      if (request.email() != null) {
        mail(request.email(), "integrity drift " + current.status().toUpperCase(java.util.Locale.ROOT) + " for "
            + Secrets.redactUrls(request.live().jdbcUrl()), text, lines, log);
      }
    }
    return new DriftResult(differences, failing, reports.json(), liveHash, previous.map(History.Entry::sha256).orElse(null), posted, lines, baselined);
  }

  private static void mail(EmailAlert email, String subject, String text, List<String> lines, Log log) {
    String problem = Mailer.send(email, subject, text);
    if (problem == null) {
      lines.add("E-mail: sent the summary to " + String.join(", ", email.to()) + " through " + email.server());
    } else {
      log.warn("E-mail: could not send the summary through " + email.server() + ": " + problem);
    }
  }

  private static String message(DriftRequest request, History.Entry current, Optional<History.Entry> previous) {
    String counts = current.counts().entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining(", "));
    return "integrity drift " + current.status().toUpperCase(java.util.Locale.ROOT)
        + previous.map(p -> " (was " + p.status() + ")").orElse("") + " for " + request.live() + ": " + counts
        + ". Live schema sha256 " + current.sha256()
        + previous.map(p -> p.sha256().equals(current.sha256()) ? " (unchanged)" : " (previous " + p.sha256() + ")").orElse("") + ".";
  }
}
