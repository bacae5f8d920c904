package dev.integrity.core.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs the chosen rules and decides which findings fail the build. */
public final class Lints {

  private Lints() {}

  public static List<Finding> run(Set<LintRule> rules, LintInput input) {
    List<Finding> findings = new ArrayList<>();
    for (LintRule rule : rules) {
      findings.addAll(rule.lint().check(input));
    }
    return findings.stream().sorted(Finding.ORDER).toList();
  }

  /** The findings of the rules named in {@code failOnLints}. */
  public static List<Finding> failing(List<Finding> findings, Set<LintRule> failOnLints) {
    return findings.stream().filter(f -> failOnLints.contains(f.rule())).toList();
  }
}
