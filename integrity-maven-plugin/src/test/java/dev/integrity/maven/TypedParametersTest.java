package dev.integrity.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.lint.LintRule;
import dev.integrity.core.migrate.Migrations;
import dev.integrity.core.report.ReportFormat;
import dev.integrity.core.report.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mojo's text parameters as typed values; an unknown value names its parameter. */
class TypedParametersTest {

  @Test
  void failOnIsTheLowestFailingSeverityOrNone() {
    assertEquals(new Verdict(Optional.of(Severity.HIGH)), TypedParameters.failOn(" High "));
    assertEquals(new Verdict(Optional.of(Severity.LOW)), TypedParameters.failOn(null));
    assertEquals(new Verdict(Optional.empty()), TypedParameters.failOn("none"));
    assertNamesParameter("<failOn>", () -> TypedParameters.failOn("severe"));
  }

  @Test
  void formatsAreCommaSeparatedNamesInTheirOrder() {
    assertEquals(List.of(ReportFormat.CONSOLE, ReportFormat.JSON, ReportFormat.SARIF),
        List.copyOf(TypedParameters.formats("sarif, JSON,console")));
    assertEquals(EnumSet.of(ReportFormat.CONSOLE, ReportFormat.JSON, ReportFormat.JUNIT), TypedParameters.formats(ReportFormat.DEFAULT));
    assertNamesParameter("<formats>", () -> TypedParameters.formats("console,pdf"));
  }

  @Test
  void lintsDefaultToAllAndFailOnLintsToNone() {
    assertEquals(EnumSet.allOf(LintRule.class), TypedParameters.lints(""));
    assertEquals(Set.of(), TypedParameters.lints("none"));
    assertEquals(Set.of(), TypedParameters.failOnLints(null));
    assertEquals(EnumSet.allOf(LintRule.class), TypedParameters.failOnLints("all"));
    LintRule rule = LintRule.values()[0];
    assertEquals(Set.of(rule), TypedParameters.failOnLints(rule.id().toUpperCase(java.util.Locale.ROOT)));
    assertNamesParameter("<lints>", () -> TypedParameters.lints("no-such-rule"));
    assertNamesParameter("<failOnLints>", () -> TypedParameters.failOnLints("no-such-rule"));
  }

  @Test
  void migrationsNameTheTool() {
    assertEquals(Migrations.AUTO, TypedParameters.migrations(null));
    assertEquals(Migrations.LIQUIBASE, TypedParameters.migrations("Liquibase"));
    assertEquals(Migrations.FLYWAY, TypedParameters.migrations(" flyway "));
    assertNamesParameter("<migrations>", () -> TypedParameters.migrations("sqitch"));
  }

  private static void assertNamesParameter(String parameter, Runnable mapping) {
    IntegrityException e = assertThrows(IntegrityException.class, mapping::run);
    assertTrue(e.getMessage().startsWith(parameter), e.getMessage());
  }
}
