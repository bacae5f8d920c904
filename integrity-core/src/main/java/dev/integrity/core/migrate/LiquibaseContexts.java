package dev.integrity.core.migrate;

import dev.integrity.core.common.Log;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import liquibase.ContextExpression;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;

/**
 * Liquibase's own rule when no contexts are set (every changeSet runs), less the changeSets whose only
 * context is {@code test}: those seed test data that production never sees. Liquibase cannot say "all but
 * test", so the contexts are every context the changelog names except {@code test}.
 */
final class LiquibaseContexts {

  private static final Set<String> OPERATORS = Set.of("and", "or", "not");

  private LiquibaseContexts() {}

  /** The contexts to run with, or null (no filter) when the changelog, parsed with no contexts, names no context but {@code test}. */
  static String allButTest(DatabaseChangeLog changeLog, Log log) {
    TreeSet<String> contexts = new TreeSet<>();
    for (ChangeSet changeSet : changeLog.getChangeSets()) {
      words(changeSet.getContextFilter(), contexts);
      changeSet.getInheritableContextFilter().forEach(expression -> words(expression, contexts));
    }
    boolean hadTest = contexts.remove("test");
    if (contexts.isEmpty() && !hadTest) {
      log.info("Liquibase contexts: none (neither <contexts> nor spring.liquibase.contexts is set, and the changelog uses none)");
      return null;
    }
    log.info("Liquibase contexts: every context but test (" + (contexts.isEmpty() ? "none" : String.join(", ", contexts))
        + "; neither <contexts> nor spring.liquibase.contexts is set)");
    // Only test-only changeSets name a context: a context no changeSet names leaves exactly those out.
    return contexts.isEmpty() ? "integrity_no_context" : String.join(",", contexts);
  }

  private static void words(ContextExpression expression, TreeSet<String> into) {
    if (expression == null || expression.isEmpty()) {
      return;
    }
    for (String word : List.of(expression.toString().toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9_.-]+"))) {
      if (!word.isEmpty() && !OPERATORS.contains(word)) {
        into.add(word);
      }
    }
  }
}
