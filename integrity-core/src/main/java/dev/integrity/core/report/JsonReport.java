package dev.integrity.core.report;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.lint.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code report.json} in the contract's shape, plus counts and timings; the differences the baseline
 * accepted follow the others, each with {@code "baselined": true}, and are counted in {@code baselined}.
 */
public final class JsonReport {

  public static final String FILE_NAME = "report.json";

  private JsonReport() {}

  public static Path write(Path directory, RunSummary summary) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("status", summary.failed() ? "failed" : "passed");
    List<Map<String, Object>> differences = new ArrayList<>();
    summary.differences().forEach(d -> differences.add(difference(d)));
    summary.baselined().forEach(d -> {
      Map<String, Object> item = difference(d);
      item.put("baselined", true);
      differences.add(item);
    });
    root.put("differences", differences);
    root.put("findings", findings(summary));
    root.put("changelog", summary.changelog() == null ? null : summary.changelog().getFileName().toString());
    Map<String, Integer> counts = new LinkedHashMap<>();
    SeverityCounts.of(summary.differences()).forEach((severity, n) -> counts.put(severity.name(), n));
    root.put("counts", counts);
    root.put("ignored", summary.ignored());
    if (!summary.baselined().isEmpty()) {
      root.put("baselined", summary.baselined().size());
    }
    root.put("timings", summary.timings());
    root.put("health", Health.of(summary).label());
    return ReportFiles.json(directory.resolve(FILE_NAME), root);
  }

  private static Map<String, Object> difference(Difference d) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("kind", d.kind().name());
    item.put("severity", d.severity().name());
    item.put("schema", d.schema());
    item.put("table", d.table());
    item.put("column", d.column());
    item.put("model", d.model());
    item.put("database", d.database());
    item.put("message", d.message());
    item.put("entity", d.entity());
    return item;
  }

  private static List<Map<String, Object>> findings(RunSummary summary) {
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : summary.findings()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("rule", f.rule().id());
      item.put("severity", f.severity().name());
      item.put("schema", f.schema());
      item.put("table", f.table());
      item.put("columns", f.columns());
      item.put("location", f.location());
      item.put("message", f.text());
      item.put("fix", f.fix());
      findings.add(item);
    }
    return findings;
  }
}
