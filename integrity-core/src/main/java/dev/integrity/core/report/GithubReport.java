package dev.integrity.core.report;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.Sides;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.lint.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub Actions: one workflow-command annotation per difference ({@code ::error file=…,line=…::…}) at the
 * entity's field or class and per lint finding at its changeSet, printed raw to standard output (a logger's prefix would hide it from the
 * runner), and a Markdown summary appended to {@code $GITHUB_STEP_SUMMARY} when the runner sets it.
 */
public final class GithubReport {

  private GithubReport() {}

  /** Prints the annotations; returns the step summary file when one was appended to. */
  public static Optional<Path> write(RunSummary summary, SourceLocator locator, Map<String, String> environment, PrintStream stdout) {
    for (Difference d : summary.differences().stream().sorted(Difference.ORDER).toList()) {
      stdout.println(annotation(d, locator.locate(d), summary.sides()));
    }
    for (Finding f : LintFindings.sorted(summary)) {
      stdout.println(annotation(f, locator.locate(f)));
    }
    stdout.flush();
    String stepSummary = environment.get("GITHUB_STEP_SUMMARY");
    if (stepSummary == null || stepSummary.isBlank()) {
      return Optional.empty();
    }
    Path file = Path.of(stepSummary);
    try {
      Files.writeString(file, markdown(summary), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new IntegrityException("cannot append the step summary to $GITHUB_STEP_SUMMARY (" + file + "): " + e.getMessage(), e);
    }
    return Optional.of(file);
  }

  static String annotation(Difference d, Location location, Sides sides) {
    return annotation(d.severity(), location, d.kind().name(), d.message() + "\n" + sides.expectedColumn() + ": " + ConsoleReport.side(d.model())
        + "\n" + sides.actualColumn() + ": " + ConsoleReport.side(d.database()));
  }

  static String annotation(Finding f, Location location) {
    return annotation(f.severity(), location, f.rule().id(), f.text() + "\nfix: " + f.fix());
  }

  private static String annotation(Severity severity, Location location, String what, String text) {
    StringBuilder line = new StringBuilder("::").append(command(severity)).append(' ');
    if (!location.path().isEmpty()) {
      line.append("file=").append(property(location.path())).append(",line=").append(location.line()).append(',');
    }
    line.append("title=").append(property("integrity " + severity + " " + what));
    return line.append("::").append(data(text)).toString();
  }

  static String markdown(RunSummary summary) {
    StringBuilder md = new StringBuilder();
    md.append("## integrity: ").append(summary.failed() ? "failed" : "passed")
        .append(" (health ").append(Health.of(summary).label()).append(")\n\n");
    if (summary.differences().isEmpty()) {
      md.append(summary.sides().noDifferences()).append(".\n\n");
      return md.toString();
    }
    md.append("| critical | high | medium | low |\n|---:|---:|---:|---:|\n|");
    SeverityCounts.of(summary.differences()).values().forEach(n -> md.append(' ').append(n).append(" |"));
    md.append("\n\n");
    ConsoleReport.byTableWorstFirst(summary.differences()).forEach((table, differences) -> {
      md.append("### `").append(table).append("`\n\n| severity | kind | column | ").append(summary.sides().expectedColumn()).append(" | ")
          .append(summary.sides().actualColumn()).append(" |\n|---|---|---|---|---|\n");
      for (Difference d : differences) {
        md.append("| ").append(d.severity()).append(" | ").append(d.kind()).append(" | ").append(cell(d.column()))
            .append(" | ").append(cell(d.model())).append(" | ").append(cell(d.database())).append(" |\n");
      }
      md.append('\n');
    });
    if (summary.changelog() != null) {
      md.append("Fix changelog: `").append(summary.changelog().getFileName()).append("` in the build's report directory")
          .append(summary.destructiveChangeSets() > 0 ? " (" + summary.destructiveChangeSets() + " destructive changeSet" + (summary.destructiveChangeSets() == 1 ? "" : "s") + ")" : "")
          .append(".\n\n");
    }
    return md.toString();
  }

  /** CRITICAL and HIGH are errors, MEDIUM a warning, LOW a notice, as in the SARIF report. */
  private static String command(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW -> "notice";
    };
  }

  private static String cell(String text) {
    return text == null ? "—" : "`" + text.replace("|", "\\|").replace("\n", " ") + "`";
  }

  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
