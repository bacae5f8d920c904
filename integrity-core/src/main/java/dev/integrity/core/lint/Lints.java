package dev.integrity.core.lint;

import dev.integrity.core.observe.TableSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /**
   * The findings with the severity the live table's size gives them (rules that observe new changeSets only), and the
   * size, with the duration estimated from it, in their text; {@code sizes} by {@code schema.table}, empty when no live
   * database was given.
   */
  public static List<Finding> sized(List<Finding> findings, Map<String, TableSize> sizes) {
    return findings.stream().map(f -> {
      TableSize size = f.rule().observes() && f.table() != null ? sizes.get(f.schema() + "." + f.table()) : null;
      return size == null ? f : new Finding(f.rule(), size.severity(f.rule().severity()), f.schema(), f.table(), f.columns(), f.location(),
          f.message(), f.fix(), f.measured(), size);
    }).toList();
  }

  /** The findings of the rules named in {@code failOnLints}. */
  public static List<Finding> failing(List<Finding> findings, Set<LintRule> failOnLints) {
    return findings.stream().filter(f -> failOnLints.contains(f.rule())).toList();
  }
}
