package dev.integrity.core.lint;

import java.util.List;

/** One rule's check; implementations are named after the rule and listed in {@link LintRule}. */
interface Lint {

  List<Finding> check(LintInput input);
}
