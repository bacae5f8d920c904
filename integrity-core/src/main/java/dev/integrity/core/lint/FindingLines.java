package dev.integrity.core.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The console lines of the lint findings: one per finding with its location, then its fix. */
public final class FindingLines {

  private FindingLines() {}

  public static List<String> lines(List<Finding> findings, Set<LintRule> failOnLints) {
    List<String> lines = new ArrayList<>();
    if (findings.isEmpty()) {
      return lines;
    }
    lines.add(findings.size() + " lint finding" + (findings.size() == 1 ? "" : "s") + ":");
    for (Finding f : findings) {
      lines.add("  " + String.format("%-8s", f.severity()) + " " + f.rule().id() + (failOnLints.contains(f.rule()) ? " (fails the build)" : "")
          + " " + f.location() + ": " + f.message());
      lines.add("           fix: " + f.fix());
    }
    return lines;
  }
}
