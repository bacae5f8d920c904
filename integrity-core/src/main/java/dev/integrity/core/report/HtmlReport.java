package dev.integrity.core.report;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.Sides;
import dev.integrity.core.lint.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code report.html}: one self-contained page (inline style, no script, nothing fetched) with the verdict,
 * the health score, the differences grouped by table with the model and the database side by side, and
 * the lint findings with their fixes, and the fix changelog.
 */
public final class HtmlReport {

  public static final String FILE_NAME = "report.html";

  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1f2328;max-width:80rem}
      h1{margin:0 0 .5rem}h2{margin:2rem 0 .5rem;font-size:1.2rem}
      .verdict.failed{color:#b3261e}.verdict.passed{color:#1a7f37}
      .health{display:inline-block;padding:.2rem .7rem;border-radius:1rem;color:#fff;font-weight:600}
      .health.green{background:#1a7f37}.health.yellow{background:#9a6700}.health.red{background:#b3261e}
      table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.35rem .6rem;text-align:left;vertical-align:top}
      th{background:#f6f8fa}td.side{font-family:ui-monospace,monospace;width:22%}td.absent{color:#8c959f;font-style:italic}
      .sev{font-weight:600}.sev.CRITICAL{color:#b3261e}.sev.HIGH{color:#bc4c00}.sev.MEDIUM{color:#9a6700}.sev.LOW{color:#57606a}
      pre{background:#f6f8fa;border:1px solid #d0d7de;padding:1rem;overflow:auto;font-size:.85rem}
      """;

  private HtmlReport() {}

  public static Path write(Path directory, RunSummary summary) {
    String status = summary.failed() ? "failed" : "passed";
    Health health = Health.of(summary);
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>integrity: ").append(status).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>integrity: <span id=\"verdict\" class=\"verdict ").append(status).append("\">").append(status).append("</span></h1>\n")
        .append("<p>Health <span id=\"health\" class=\"health ").append(health.label()).append("\">").append(health.label())
        .append("</span> <span id=\"counts\">").append(SeverityCounts.text(summary.differences()))
        .append("</span></p>\n");
    if (summary.differences().isEmpty()) {
      html.append("<p id=\"clean\">").append(Xml.escape(summary.sides().noDifferences())).append(".</p>\n");
    }
    ConsoleReport.byTableWorstFirst(summary.differences()).forEach((table, differences) -> section(html, table, differences, summary.sides()));
    if (!summary.findings().isEmpty()) {
      findings(html, LintFindings.sorted(summary));
    }
    if (summary.changelog() != null) {
      html.append("<h2>Fix changelog <code>").append(Xml.escape(summary.changelog().getFileName().toString())).append("</code>")
          .append(summary.destructiveChangeSets() > 0 ? " (" + summary.destructiveChangeSets() + " destructive changeSet" + (summary.destructiveChangeSets() == 1 ? "" : "s") + ", label <code>destructive</code>)" : "")
          .append("</h2>\n<pre id=\"changelog\">").append(Xml.escape(read(summary.changelog()))).append("</pre>\n");
    }
    html.append("</body>\n</html>\n");
    return ReportFiles.text(directory.resolve(FILE_NAME), html);
  }

  private static void section(StringBuilder html, String table, List<Difference> differences, Sides sides) {
    html.append("<section class=\"table\" data-table=\"").append(Xml.escape(table)).append("\">\n<h2>")
        .append(Xml.escape(table)).append("</h2>\n<table>\n<thead><tr><th>severity</th><th>kind</th><th>column</th>")
        .append("<th>").append(Xml.escape(sides.expectedColumn())).append("</th><th>").append(Xml.escape(sides.actualColumn()))
        .append("</th><th>message</th></tr></thead>\n<tbody>\n");
    for (Difference d : differences) {
      html.append("<tr class=\"difference\" data-kind=\"").append(d.kind()).append("\"><td class=\"sev ").append(d.severity()).append("\">")
          .append(d.severity()).append("</td><td>").append(d.kind()).append("</td><td>").append(Xml.escape(d.column()))
          .append("</td>").append(side(d.model(), "model")).append(side(d.database(), "database"))
          .append("<td>").append(Xml.escape(d.message())).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static void findings(StringBuilder html, List<Finding> findings) {
    html.append("<section id=\"findings\">\n<h2>Lint findings</h2>\n<table>\n<thead><tr><th>severity</th><th>rule</th><th>location</th>")
        .append("<th>message</th><th>fix</th></tr></thead>\n<tbody>\n");
    for (Finding f : findings) {
      html.append("<tr class=\"finding\" data-rule=\"").append(f.rule().id()).append("\"><td class=\"sev ").append(f.severity()).append("\">")
          .append(f.severity()).append("</td><td>").append(f.rule().id()).append("</td><td>").append(Xml.escape(f.location()))
          .append("</td><td>").append(Xml.escape(f.text())).append("</td><td class=\"side fix\">").append(Xml.escape(f.fix()))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static String side(String text, String which) {
    return text == null ? "<td class=\"side absent " + which + "\">absent</td>"
        : "<td class=\"side " + which + "\">" + Xml.escape(text) + "</td>";
  }

  private static String read(Path changelog) {
    try {
      return Files.readString(changelog, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IntegrityException("cannot read the fix changelog " + changelog + " for the HTML report: " + e.getMessage(), e);
    }
  }
}
