package dev.integrity.core.lint;

import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.support.Providers;
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

  static List<String> findings(LintRule rule) {
    return LintFixtures.observedFindings(server, rule, rule.id() + ".sql");
  }
}
