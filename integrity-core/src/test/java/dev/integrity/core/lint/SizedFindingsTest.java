package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.observe.TableSize;
import dev.integrity.core.observe.Throughput;
import dev.integrity.core.report.JsonReport;
import dev.integrity.core.report.RunSummary;
import dev.integrity.core.support.Providers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
      assertTrue(sized.get(0).text().endsWith("; the live table holds " + sizes.get("public.customer")), sized.get(0).text());
      assertEquals(finding(LintRule.TABLE_REWRITE, "audit"), sized.get(1));
      assertEquals(finding(LintRule.FK_WITHOUT_INDEX, "customer"), sized.get(2));
    }
  }

  @Test
  void aMeasuredFindingOnALiveTableSaysHowLongItsStatementTakesThereInEveryReportWhileItsMessageStaysTheRules(@TempDir Path root)
      throws Exception {
    Finding measured = new Finding(LintRule.TABLE_REWRITE, Severity.HIGH, "public", "customer", List.of(), "db/changelog.xml:3",
        "changeSet 2 (dev) rewrites table public.customer", "fix", new Throughput(1000, 4_000_000), null);
    Finding sized = Lints.sized(List.of(measured), Map.of("public.customer", new TableSize(60_000_000, 5000L << 20))).get(0);

    assertEquals(Severity.CRITICAL, sized.severity());
    assertEquals(measured.message(), sized.message());
    assertEquals("changeSet 2 (dev) rewrites table public.customer; the live table holds about 60000000 rows, 5000 MB: the statement takes"
        + " about 4 min at the 250,000 rows/s measured on the disposable server", sized.text());
    assertEquals(measured.message(), measured.text(), "without a live database the duration is not said");

    JsonNode report = new ObjectMapper().readTree(JsonReport.write(root, new RunSummary(List.of(), true, null, 0, 0, Map.of(),
        List.of(sized))).toFile());
    assertEquals(sized.text(), report.get("findings").get(0).get("message").asText());
    ObjectMapper cache = new ObjectMapper();
    assertEquals(sized, cache.readValue(cache.writeValueAsBytes(sized), Finding.class), "the run cache keeps a finding as it was");
  }
}
