package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.observe.TableSize;
import dev.integrity.core.support.Providers;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The severity of the lock and rewrite findings from a live table's size, read from a real PostgreSQL's statistics. */
class SizedFindingsTest {

  private static Finding finding(LintRule rule, String table) {
    return new Finding(rule, rule.severity(), "public", table, List.of(), "db/changelog.xml:3", "changeSet 2 (dev) rewrites table public." + table, "fix");
  }

  @Test
  void theThresholdsSetTheSeverityAndBetweenThemTheRuleKeepsItsOwn() {
    assertEquals(Severity.LOW, new TableSize(500, 64 * 1024).severity(Severity.HIGH));
    assertEquals(Severity.MEDIUM, new TableSize(50_000, 20L << 20).severity(Severity.MEDIUM));
    assertEquals(Severity.HIGH, new TableSize(200_000, 30L << 20).severity(Severity.MEDIUM));
    assertEquals(Severity.CRITICAL, new TableSize(10, 2L << 30).severity(Severity.MEDIUM));
  }

  @Test
  void theLiveTablesSizeSetsTheSeverityOfObservedFindingsOnlyAndItsMessageSaysIt() throws Exception {
    try (DatabaseServer server = DatabaseProviders.start(Providers.settings("embedded"))) {
      Database live = server.createDatabase("integrity_live");
      Map<String, TableSize> sizes;
      try (Connection connection = live.connect(); Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE customer (id bigint PRIMARY KEY, name text)");
        statement.execute("INSERT INTO customer SELECT g, 'n' || g FROM generate_series(1, 150000) g");
        statement.execute("ANALYZE customer");
        sizes = TableSize.read(connection);
      }
      assertEquals(150_000, sizes.get("public.customer").estimatedRows(), 1_000);

      List<Finding> sized = Lints.sized(List.of(finding(LintRule.INDEX_WITHOUT_CONCURRENTLY, "customer"),
          finding(LintRule.TABLE_REWRITE, "audit"), finding(LintRule.FK_WITHOUT_INDEX, "customer")), sizes);
      assertEquals(List.of(Severity.HIGH, Severity.HIGH, Severity.MEDIUM), sized.stream().map(Finding::severity).toList());
      assertTrue(sized.get(0).message().endsWith("; the live table holds " + sizes.get("public.customer")), sized.get(0).message());
      assertEquals(finding(LintRule.TABLE_REWRITE, "audit"), sized.get(1));
      assertEquals(finding(LintRule.FK_WITHOUT_INDEX, "customer"), sized.get(2));
    }
  }
}
