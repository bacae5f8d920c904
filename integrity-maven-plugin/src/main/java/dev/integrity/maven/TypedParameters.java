package dev.integrity.maven;

import dev.integrity.core.lint.LintRule;
import dev.integrity.core.migrate.Migrations;
import dev.integrity.core.report.ReportFormat;
import dev.integrity.core.report.Verdict;
import java.util.Set;

/**
 * The mojo's text parameters as the core's typed values, mapped once before the core runs; an unknown
 * value fails with an {@code IntegrityException} naming the parameter and the allowed values.
 */
final class TypedParameters {

  private TypedParameters() {}

  /** {@code failOn}: {@code critical}, {@code high}, {@code medium}, {@code low} or {@code none}. */
  static Verdict failOn(String text) {
    return Verdict.parse(text);
  }

  /** {@code formats}: report format names, comma-separated. */
  static Set<ReportFormat> formats(String text) {
    return ReportFormat.parse(text);
  }

  /** {@code lints}: rule ids, {@code all} (also when empty) or {@code none}. */
  static Set<LintRule> lints(String text) {
    return LintRule.parse(text, "lints", "all");
  }

  /** {@code failOnLints}: rule ids, {@code all} or {@code none} (also when empty). */
  static Set<LintRule> failOnLints(String text) {
    return LintRule.parse(text, "failOnLints", "none");
  }

  /** {@code migrations}: {@code auto}, {@code liquibase} or {@code flyway}. */
  static Migrations migrations(String text) {
    return Migrations.parse(text);
  }
}
