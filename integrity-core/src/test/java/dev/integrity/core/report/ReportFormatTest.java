package dev.integrity.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.integrity.core.common.IntegrityException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void defaultIsConsoleJsonJunit() {
    assertEquals(EnumSet.of(ReportFormat.CONSOLE, ReportFormat.JSON, ReportFormat.JUNIT), ReportFormat.parse(null));
    assertEquals(ReportFormat.parse(null), ReportFormat.parse(ReportFormat.DEFAULT));
  }

  @Test
  void namesAreCommaSeparatedIgnoringCaseAndBlanks() {
    assertEquals(EnumSet.of(ReportFormat.SARIF, ReportFormat.HTML, ReportFormat.GITLAB), ReportFormat.parse(" SARIF, html,,gitlab "));
  }

  @Test
  void anUnknownNameIsAnErrorNamingTheParameterAndTheAllowedValues() {
    IntegrityException e = assertThrows(IntegrityException.class, () -> ReportFormat.parse("json,xml"));
    assertEquals("<formats> has 'xml'; allowed values: console, json, junit, sarif, github, gitlab, html"
        + " (comma-separated, default console,json,junit).", e.getMessage());
  }
}
