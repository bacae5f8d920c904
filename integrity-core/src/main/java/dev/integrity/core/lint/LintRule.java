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
  REDUNDANT_INDEX("redundant-index", Severity.LOW, RedundantIndex::new),
  TABLE_REWRITE("table-rewrite", Severity.HIGH, TableRewrite::new, true),
  BLOCKING_LOCK("blocking-lock", Severity.HIGH, BlockingLock::new, true),
  INDEX_WITHOUT_CONCURRENTLY("index-without-concurrently", Severity.MEDIUM, IndexWithoutConcurrently::new, true),
  CONSTRAINT_VALIDATED_IN_PLACE("constraint-validated-in-place", Severity.MEDIUM, ConstraintValidatedInPlace::new, true),
  NOT_NULL_WITHOUT_CHECK("not-null-without-check", Severity.MEDIUM, NotNullWithoutCheck::new, true),
  RENAME_BREAKS_RUNNING_APP("rename-breaks-running-app", Severity.HIGH, RenameBreaksRunningApp::new, true);

  private final String id;
  private final Severity severity;
  private final Supplier<Lint> lint;
  private final boolean observes;

  LintRule(String id, Severity severity, Supplier<Lint> lint) {
    this(id, severity, lint, false);
  }

  LintRule(String id, Severity severity, Supplier<Lint> lint, boolean observes) {
    this.id = id;
    this.severity = severity;
    this.lint = lint;
    this.observes = observes;
  }

  /** Whether the rule judges what the new changeSets were observed to do (so the observer runs only for it). */
  public boolean observes() {
    return observes;
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
