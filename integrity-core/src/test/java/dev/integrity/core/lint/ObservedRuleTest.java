package dev.integrity.core.lint;

import dev.integrity.core.common.Log;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.support.Providers;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The rules that judge observed statements: each test class applies its fixture on a real PostgreSQL (embedded). */
abstract class ObservedRuleTest {

  private static DatabaseServer server;

  @BeforeAll
  static void start() {
    server = DatabaseProviders.start(Providers.settings("embedded"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The rule's findings on {@code fixtures/lint/observed/<id>.sql}, each as {@code changeSet-id table [columns]}, sorted. */
  static List<String> findings(LintRule rule) {
    return LintFixtures.observedFindings(server, rule, rule.id() + ".sql");
  }

  /** The rule's findings on its fixture as they are reported. */
  static List<Finding> reported(LintRule rule) {
    return Lints.run(EnumSet.of(rule), observed(rule.id() + ".sql", Log.SILENT));
  }

  /** The fixture {@code fixtures/lint/observed/<name>} observed, what the observer says going to {@code log}. */
  static LintInput observed(String name, Log log) {
    return LintFixtures.observed(server, name, log);
  }
}
