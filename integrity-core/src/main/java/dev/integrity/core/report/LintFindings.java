package dev.integrity.core.report;

import dev.integrity.core.lint.Finding;
import java.util.List;

/** What the CI renderers share about lint findings: their order and an identity stable across runs. */
final class LintFindings {

  private LintFindings() {}

  static List<Finding> sorted(RunSummary summary) {
    return summary.findings().stream().sorted(Finding.ORDER).toList();
  }

  /**
   * Rule, place and message, without the line, which moves when the file above it is edited, and without the live
   * table's size and the estimated duration ({@link Finding#text()}), which change from run to run.
   */
  static String identity(Finding f) {
    return f.rule().id() + ":" + (f.schema() == null ? "" : f.schema()) + "." + (f.table() == null ? "" : f.table())
        + "(" + String.join(",", f.columns()) + "):" + f.message();
  }
}
