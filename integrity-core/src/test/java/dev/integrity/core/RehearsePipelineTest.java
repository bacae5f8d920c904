package dev.integrity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.migrate.Migrations;
import dev.integrity.core.rehearse.RehearsalResult;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rehearsal as the goals run it: alone (integrity:rehearse) and inside verify (rehearse=true), on the embedded server. */
class RehearsePipelineTest {

  @Test
  void verifyWithRehearseRunsItAfterTheComparisonAndReportsItBesideReportJson(@TempDir Path out) throws Exception {
    VerifyResult result = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/clean.xml", out)
        .database(Providers.settings("embedded")).rehearse(true).rehearseRows(10).build(), TestProjects.STDOUT);
    assertFalse(result.failed());
    assertEquals(List.of("fixtures/shop/clean.xml::1::test"), result.rehearsal().applied());
    assertTrue(result.summary().contains("Rehearsal passed: the new changeSet applies over 0 tables of 10 synthetic rows each (after 0 old changeSets)."),
        result.summary().toString());
    assertTrue(Files.readString(out.resolve("rehearsal.json")).contains("\"status\" : \"passed\""));
  }

  @Test
  void theRehearseGoalFailsOnTheRefusedChangeSetAndWritesRehearsalJson(@TempDir Path out) throws Exception {
    RehearsalResult result = Integrity.rehearse(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/rehearse/unique.xml", out)
        .database(Providers.settings("embedded")).since("fixtures/rehearse/base.xml::2-orders::test").build(), TestProjects.STDOUT);
    assertTrue(result.failed());
    assertEquals("fixtures/rehearse/unique.xml::3-unique-name::test", result.refusal().changeSet());
    assertEquals(1000, result.filled().rowsPerTable());
    String json = Files.readString(out.resolve("rehearsal.json"));
    assertTrue(json.contains("\"changeSet\" : \"fixtures/rehearse/unique.xml::3-unique-name::test\""), json);
    assertFalse(Files.exists(out.resolve("report.json")), "the rehearse goal compares nothing");
  }

  @Test
  void aFlywayProjectCannotBeRehearsedAndTheErrorNamesTheParameter(@TempDir Path out) {
    IntegrityException e = assertThrows(IntegrityException.class, () -> Integrity.rehearse(
        TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/clean.xml", out).changeLogFile(null)
            .migrations(Migrations.FLYWAY).flywayLocations(List.of("classpath:fixtures/flyway/clean")).build(), TestProjects.STDOUT));
    assertTrue(e.getMessage().startsWith("<rehearse> needs Liquibase migrations for now"), e.getMessage());
  }
}
