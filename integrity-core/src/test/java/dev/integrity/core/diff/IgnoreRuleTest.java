package dev.integrity.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.IntegrityException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreRuleTest {

  private static final Difference EXTRA_INDEX = difference(DifferenceKind.EXTRA_INDEX, "public", "report_daily", null);
  private static final Difference EXTRA_COLUMN = difference(DifferenceKind.EXTRA_COLUMN, "legacy", "orders", "old_total");
  private static final Difference MISSING_TABLE = difference(DifferenceKind.MISSING_TABLE, "public", "report_weekly", null);

  @Test
  void everyTermMustMatch() {
    IgnoreRule rule = IgnoreRule.parse("kind=EXTRA_INDEX|EXTRA_UNIQUE table=report_*");
    assertTrue(rule.matches(EXTRA_INDEX));
    assertFalse(rule.matches(MISSING_TABLE));
    assertFalse(rule.matches(EXTRA_COLUMN));
  }

  @Test
  void globsOnSchemaTableColumnAndKindCaseInsensitively() {
    assertTrue(IgnoreRule.parse("schema=legacy").matches(EXTRA_COLUMN));
    assertTrue(IgnoreRule.parse("table=ord?rs; column=old_*").matches(EXTRA_COLUMN));
    assertTrue(IgnoreRule.parse("kind=extra_*").matches(EXTRA_COLUMN));
    assertFalse(IgnoreRule.parse("column=*").matches(EXTRA_INDEX), "a column pattern never matches a table-level difference");
  }

  @Test
  void namesMatchAsStoredSoAQuotedMixedCaseTableMatchesOnlyItsOwnSpelling() {
    Difference line = difference(DifferenceKind.EXTRA_INDEX, "Shop", "app_OrderLine", null);
    assertTrue(IgnoreRule.parse("schema=Shop table=app_OrderLine").matches(line));
    assertTrue(IgnoreRule.parse("table=app_Order*").matches(line));
    assertFalse(IgnoreRule.parse("table=app_orderline").matches(line));
  }

  @Test
  void theIgnoredAreCounted() {
    Ignores ignores = Ignores.apply(IgnoreRule.parseAll(List.of("table=report_*", " ")), List.of(EXTRA_INDEX, EXTRA_COLUMN, MISSING_TABLE));
    assertEquals(List.of(EXTRA_COLUMN), ignores.kept());
    assertEquals(2, ignores.ignored());
  }

  @Test
  void badRulesAreRefusedWithTheRuleAndTheSyntax() {
    for (String bad : List.of("report_*", "owner=x", "kind=EXTRA_VIEW", "table=a table=b", "table=")) {
      IntegrityException e = assertThrows(IntegrityException.class, () -> IgnoreRule.parse(bad), bad);
      assertTrue(e.getMessage().contains("<ignores> rule '" + bad + "'") && e.getMessage().contains("docs/ignores.md"), e.getMessage());
    }
  }

  private static Difference difference(DifferenceKind kind, String schema, String table, String column) {
    return new Difference(kind, Severity.LOW, schema, table, column, null, null, "m", null, List.of());
  }
}
