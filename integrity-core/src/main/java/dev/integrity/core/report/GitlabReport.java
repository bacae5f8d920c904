package dev.integrity.core.report;

import static dev.integrity.core.report.ReportFiles.object;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.lint.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code gl-code-quality-report.json}: GitLab's Code Quality report (a JSON array of issues with a
 * description, check name, fingerprint, severity and location), shown in merge requests: one per difference
 * and one per lint finding (check name the rule's id).
 */
public final class GitlabReport {

  public static final String FILE_NAME = "gl-code-quality-report.json";

  private GitlabReport() {}

  public static Path write(Path directory, RunSummary summary, SourceLocator locator) {
    List<Map<String, Object>> issues = new ArrayList<>();
    for (Difference d : summary.differences().stream().sorted(Difference.ORDER).toList()) {
      Location location = locator.locate(d);
      issues.add(object(
          "description", d.severity() + " " + d.kind() + ": " + d.message(),
          "check_name", d.kind().name(),
          "fingerprint", fingerprint(d),
          "severity", severity(d.severity()),
          "location", object("path", location.path(), "lines", object("begin", location.line()))));
    }
    for (Finding f : LintFindings.sorted(summary)) {
      Location location = locator.locate(f);
      issues.add(object(
          "description", f.severity() + " " + f.rule().id() + ": " + f.text() + " Fix: " + f.fix(),
          "check_name", f.rule().id(),
          "fingerprint", sha256(LintFindings.identity(f)),
          "severity", severity(f.severity()),
          "location", object("path", location.path(), "lines", object("begin", location.line()))));
    }
    return ReportFiles.json(directory.resolve(FILE_NAME), issues);
  }

  /** GitLab's scale is info, minor, major, critical, blocker: a CRITICAL difference blocks. */
  static String severity(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "blocker";
      case HIGH -> "critical";
      case MEDIUM -> "major";
      case LOW -> "minor";
    };
  }

  /** Stable across runs, so GitLab can tell a new difference from one the target branch already had. */
  private static String fingerprint(Difference d) {
    String identity = d.kind() + "|" + d.schema() + "|" + d.table() + "|" + (d.column() == null ? "" : d.column())
        + "|" + (d.model() == null ? "" : d.model()) + "|" + (d.database() == null ? "" : d.database());
    return sha256(identity);
  }

  private static String sha256(String identity) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
