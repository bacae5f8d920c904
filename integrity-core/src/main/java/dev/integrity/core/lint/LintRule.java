package dev.integrity.core.lint;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.diff.Severity;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The closed set of lint rules, each with its stable kebab-case id (used in reports and in the {@code
 * lints} and {@code failOnLints} parameters; never renamed), the severity of its findings and its check.
 * Each rule has a page {@code docs/lints/<id>.md}.
 */
public enum LintRule {
  FK_WITHOUT_INDEX("fk-without-index", Severity.MEDIUM, FkWithoutIndex::new),
  DESTRUCTIVE_CHANGE("destructive-change", Severity.HIGH, DestructiveChange::new),
  MISSING_ROLLBACK("missing-rollback", Severity.LOW, MissingRollback::new),
  REDUNDANT_INDEX("redundant-index", Severity.LOW, RedundantIndex::new);

  private final String id;
  private final Severity severity;
  private final Supplier<Lint> lint;

  LintRule(String id, Severity severity, Supplier<Lint> lint) {
    this.id = id;
    this.severity = severity;
    this.lint = lint;
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  Lint lint() {
    return lint.get();
  }

  public static LintRule byId(String id, String parameter) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.id.equals(wanted)).findFirst().orElseThrow(() -> new IntegrityException(
        "<" + parameter + "> names an unknown lint rule '" + id + "'; known rules: " + ids() + " (or all, none)."));
  }

  /**
   * The rules a parameter names: a comma-separated list of ids, {@code all} or {@code none}; {@code
   * defaultValue} ({@code all} or {@code none}) when the parameter is empty.
   */
  public static Set<LintRule> parse(String text, String parameter, String defaultValue) {
    String value = text == null || text.isBlank() ? defaultValue : text.trim().toLowerCase(Locale.ROOT);
    if (value.equals("all")) {
      return EnumSet.allOf(LintRule.class);
    }
    if (value.equals("none")) {
      return EnumSet.noneOf(LintRule.class);
    }
    Set<LintRule> rules = EnumSet.noneOf(LintRule.class);
    for (String id : value.split("[,\\s]+")) {
      if (!id.isEmpty()) {
        rules.add(byId(id, parameter));
      }
    }
    return rules;
  }

  private static String ids() {
    return Arrays.stream(values()).map(LintRule::id).collect(Collectors.joining(", "));
  }
}
