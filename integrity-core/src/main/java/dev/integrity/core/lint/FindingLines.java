package dev.integrity.core.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The console lines of the lint findings: one per finding with its location, then its fix; a rule with more
 * than {@value #SHOWN} findings shows its first {@value #SHOWN}, then how many more there are and where the
 * full list is. Each line says whether it belongs to a finding that fails the build, so that the others are
 * never printed as errors.
 */
public final class FindingLines {

  /** How many findings of one rule are shown before the rest are counted. */
  static final int SHOWN = 5;

  /** A console line; {@code failing} when it is about findings that fail the build. */
  public record Line(boolean failing, String text) {}

  private FindingLines() {}

  /** @param report the report.json that lists every finding, or null */
  public static List<Line> lines(List<Finding> findings, List<Finding> failingFindings, Path report) {
    List<Line> lines = new ArrayList<>();
    if (findings.isEmpty()) {
      return lines;
    }
    Set<LintRule> failing = failingFindings.stream().map(Finding::rule).collect(Collectors.toSet());
    lines.add(new Line(!failing.isEmpty(), findings.size() + " lint finding" + (findings.size() == 1 ? "" : "s")
        + (failing.isEmpty() ? "" : " (" + failingFindings.size() + " of rules listed in failOnLints)") + ":"));
    Map<LintRule, List<Finding>> byRule = findings.stream().sorted(Finding.ORDER)
        .collect(Collectors.groupingBy(Finding::rule, LinkedHashMap::new, Collectors.toList()));
    byRule.forEach((rule, ofRule) -> {
      boolean fails = failing.contains(rule);
      for (Finding f : ofRule.subList(0, Math.min(SHOWN, ofRule.size()))) {
        lines.add(new Line(fails, "  " + String.format("%-8s", f.severity()) + " " + rule.id() + (fails ? " (fails the build)" : "")
            + " " + f.location() + ": " + f.text()));
        lines.add(new Line(fails, "           fix: " + f.fix()));
      }
      more(rule, ofRule, report).ifPresent(line -> lines.add(new Line(fails, line)));
    });
    return lines;
  }

  /** The failing findings in the build's failure message: per rule, the first {@value #SHOWN}, then how many more and where. */
  public static List<String> failureLines(List<Finding> failingFindings, Path report) {
    List<String> lines = new ArrayList<>();
    failingFindings.stream().sorted(Finding.ORDER).collect(Collectors.groupingBy(Finding::rule, LinkedHashMap::new, Collectors.toList()))
        .forEach((rule, ofRule) -> {
          ofRule.subList(0, Math.min(SHOWN, ofRule.size())).forEach(f -> lines.add("  " + rule.id() + " " + f.location() + ": " + f.text()));
          more(rule, ofRule, report).ifPresent(lines::add);
        });
    return lines;
  }

  private static Optional<String> more(LintRule rule, List<Finding> ofRule, Path report) {
    return ofRule.size() <= SHOWN ? Optional.empty()
        : Optional.of("  … and " + (ofRule.size() - SHOWN) + " more " + rule.id() + " findings (" + ofRule.size() + " in all)"
            + (report == null ? "" : ": every one is in " + report + " (findings)"));
  }
}
