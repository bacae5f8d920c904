package dev.integrity.core.report;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.Sides;
import dev.integrity.core.lint.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code TEST-integrity.xml} in Surefire's format, so that Jenkins, GitLab and GitHub test reporters show
 * drift as failed tests: one test case per compared table (class {@code integrity.<schema>}, name the
 * table), passing when the table is in sync, with one failure per difference otherwise, worst first (Jenkins
 * shows the first); and one test case per lint rule with findings (class {@code integrity.lint}, name the
 * rule's id) with one failure per finding.
 */
public final class JunitReport {

  public static final String FILE_NAME = "TEST-integrity.xml";
  static final String SUITE = "integrity";
  static final String LINT_CLASS = SUITE + ".lint";

  private JunitReport() {}

  public static Path write(Path directory, RunSummary summary, List<String> tables) {
    Map<String, List<Difference>> byTable = new TreeMap<>();
    tables.forEach(table -> byTable.put(table, new ArrayList<>()));
    summary.differences().stream().sorted(Comparator.comparing(Difference::severity).thenComparing(Difference.ORDER))
        .forEach(d -> byTable.computeIfAbsent(d.schema() + "." + d.table(), k -> new ArrayList<>()).add(d));
    Map<String, List<Finding>> byRule = new TreeMap<>();
    LintFindings.sorted(summary).forEach(f -> byRule.computeIfAbsent(f.rule().id(), k -> new ArrayList<>()).add(f));
    long failures = byTable.values().stream().filter(list -> !list.isEmpty()).count() + byRule.size();
    double seconds = summary.timings().values().stream().mapToLong(Long::longValue).sum() / 1000.0;
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuite name=\"").append(SUITE).append("\" tests=\"").append(byTable.size() + byRule.size())
        .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\" time=\"")
        .append(String.format(Locale.ROOT, "%.3f", seconds)).append("\">\n");
    byTable.forEach((table, differences) -> {
      String schema = table.substring(0, table.indexOf('.'));
      xml.append("  <testcase name=\"").append(Xml.escape(table.substring(table.indexOf('.') + 1)))
          .append("\" classname=\"").append(Xml.escape(SUITE + "." + schema)).append("\" time=\"0\"");
      if (differences.isEmpty()) {
        xml.append("/>\n");
        return;
      }
      xml.append(">\n");
      for (Difference d : differences) {
        xml.append("    <failure type=\"").append(d.kind()).append("\" message=\"")
            .append(Xml.escape(d.severity() + " " + d.kind() + (d.column() == null ? "" : " " + d.column()) + ": " + d.message()))
            .append("\">").append(Xml.escape(details(d, summary.sides()))).append("</failure>\n");
      }
      xml.append("  </testcase>\n");
    });
    byRule.forEach((rule, findings) -> {
      xml.append("  <testcase name=\"").append(Xml.escape(rule)).append("\" classname=\"").append(LINT_CLASS).append("\" time=\"0\">\n");
      for (Finding f : findings) {
        xml.append("    <failure type=\"").append(Xml.escape(rule)).append("\" message=\"")
            .append(Xml.escape(f.severity() + " " + rule + " " + f.location() + ": " + f.text()))
            .append("\">").append(Xml.escape(f.text() + "\nlocation: " + f.location() + "\nfix:      " + f.fix() + "\n")).append("</failure>\n");
      }
      xml.append("  </testcase>\n");
    });
    xml.append("</testsuite>\n");
    return ReportFiles.text(directory.resolve(FILE_NAME), xml);
  }

  private static String details(Difference d, Sides sides) {
    String label = "%-" + (Math.max(Math.max(sides.expectedColumn().length(), sides.actualColumn().length()), "entity".length()) + 2) + "s";
    return d.message() + "\n" + String.format(label, sides.expectedColumn() + ":") + ConsoleReport.side(d.model())
        + "\n" + String.format(label, sides.actualColumn() + ":") + ConsoleReport.side(d.database())
        + (d.entity() == null ? "" : "\n" + String.format(label, "entity:") + d.entity()) + "\n";
  }
}
