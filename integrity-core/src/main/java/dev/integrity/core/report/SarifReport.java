package dev.integrity.core.report;

import static dev.integrity.core.report.ReportFiles.object;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.lint.Finding;
import dev.integrity.core.lint.LintRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code integrity.sarif}: SARIF 2.1.0 with one rule per difference kind and one result per difference,
 * located at the entity's field or class (else at the project's changelog), relative to {@code %SRCROOT%};
 * then one rule per lint rule (its id) and one result per lint finding, located at its changeSet.
 */
public final class SarifReport {

  public static final String FILE_NAME = "integrity.sarif";
  static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  private SarifReport() {}

  public static Path write(Path directory, RunSummary summary, SourceLocator locator, Path repositoryRoot) {
    List<Map<String, Object>> rules = new ArrayList<>();
    for (DifferenceKind kind : DifferenceKind.values()) {
      rules.add(object("id", kind.name(), "name", KindDescriptions.camelName(kind),
          "shortDescription", object("text", kind.description(summary.sides())),
          "fullDescription", object("text", kind.description(summary.sides()) + " Missing means in " + summary.sides().expected()
              + " but not in " + summary.sides().actual() + "; extra, the other way round.")));
    }
    for (LintRule rule : LintRule.values()) {
      rules.add(object("id", rule.id(), "name", KindDescriptions.camelName(rule),
          "shortDescription", object("text", KindDescriptions.of(rule)),
          "fullDescription", object("text", KindDescriptions.of(rule) + " A lint finding; see docs/lints/" + rule.id() + ".md.")));
    }
    List<Map<String, Object>> results = new ArrayList<>();
    for (Difference d : summary.differences().stream().sorted(Difference.ORDER).toList()) {
      Location location = locator.locate(d);
      Map<String, Object> result = result(d.kind().name(), d.kind().ordinal(), d.severity(), d.message(), location);
      result.put("partialFingerprints", object("integrityDifference/v1",
          d.kind() + ":" + d.schema() + "." + d.table() + (d.column() == null ? "" : "." + d.column())));
      Map<String, Object> properties = object("severity", d.severity().name(), "schema", d.schema(), "table", d.table());
      putIfPresent(properties, "column", d.column());
      putIfPresent(properties, "model", d.model());
      putIfPresent(properties, "database", d.database());
      putIfPresent(properties, "entity", d.entity());
      result.put("properties", properties);
      results.add(result);
    }
    for (Finding f : LintFindings.sorted(summary)) {
      Map<String, Object> result = result(f.rule().id(), DifferenceKind.values().length + f.rule().ordinal(), f.severity(),
          f.text() + " Fix: " + f.fix(), locator.locate(f));
      result.put("partialFingerprints", object("integrityFinding/v1", LintFindings.identity(f)));
      Map<String, Object> properties = object("severity", f.severity().name());
      putIfPresent(properties, "schema", f.schema());
      putIfPresent(properties, "table", f.table());
      properties.put("columns", f.columns());
      putIfPresent(properties, "location", f.location());
      putIfPresent(properties, "fix", f.fix());
      result.put("properties", properties);
      results.add(result);
    }
    Map<String, Object> run = object(
        "tool", object("driver", object("name", "integrity", "rules", rules)),
        "originalUriBaseIds", object(SRCROOT, object("uri", repositoryRoot.toAbsolutePath().normalize().toUri().toString())),
        "results", results);
    return ReportFiles.json(directory.resolve(FILE_NAME), object("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run)));
  }

  private static Map<String, Object> result(String ruleId, int ruleIndex, Severity severity, String message, Location location) {
    Map<String, Object> result = object("ruleId", ruleId, "ruleIndex", ruleIndex, "level", level(severity), "message", object("text", message));
    if (!location.path().isEmpty()) {
      result.put("locations", List.of(object("physicalLocation", object(
          "artifactLocation", object("uri", uri(location.path()), "uriBaseId", SRCROOT),
          "region", object("startLine", location.line())))));
    }
    return result;
  }

  /** CRITICAL and HIGH break the application or its data: errors; MEDIUM warns; LOW is a note. */
  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW -> "note";
    };
  }

  private static String uri(String relativePath) {
    try {
      return new URI(null, null, relativePath, null).toASCIIString();
    } catch (URISyntaxException e) {
      return relativePath;
    }
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
