package dev.integrity.core.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.integrity.core.IntegrityException;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.lint.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code report.json} in the contract's shape, plus counts and timings. */
public final class JsonReport {

  public static final String FILE_NAME = "report.json";

  private JsonReport() {}

  public static Path write(Path directory, RunSummary summary) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("status", summary.failed() ? "failed" : "passed");
    List<Map<String, Object>> differences = new ArrayList<>();
    for (Difference d : summary.differences()) {
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
      differences.add(item);
    }
    root.put("differences", differences);
    root.put("findings", findings(summary));
    root.put("changelog", summary.changelog() == null ? null : summary.changelog().getFileName().toString());
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Severity severity : Severity.values()) {
      counts.put(severity.name(), (int) summary.differences().stream().filter(d -> d.severity() == severity).count());
    }
    root.put("counts", counts);
    root.put("ignored", summary.ignored());
    root.put("timings", summary.timings());
    Path file = directory.resolve(FILE_NAME);
    try {
      Files.createDirectories(directory);
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
      byte[] json = new ObjectMapper().writer(printer).writeValueAsBytes(root);
      Files.write(file, json);
      Files.write(file, "\n".getBytes(), java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new IntegrityException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
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
      item.put("message", f.message());
      item.put("fix", f.fix());
      findings.add(item);
    }
    return findings;
  }
}
