package dev.integrity.core.cache;

import dev.integrity.core.report.Verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.Integrity;
import dev.integrity.core.common.Log;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.lint.FindingLines;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline with the caches on a real PostgreSQL: an unchanged re-run reuses the passing verdict,
 * a changed parameter re-runs but reuses the migrated schema, a changed changelog re-runs everything and a
 * failing verdict is never reused.
 */
class RunCacheTest {

  private static final String REUSED = "Verdict reused";
  private static final String MIGRATIONS_REUSED = "Migrations unchanged";

  @TempDir
  Path resources;

  @TempDir
  Path out;

  private final List<String> log = new ArrayList<>();

  @Test
  void unchangedInputsReuseTheVerdictAndEveryChangeRunsAgain() throws Exception {
    Path changeLog = resources.resolve("changelog.xml");
    Files.copy(Path.of("src/test/resources/fixtures/shop/clean.xml"), changeLog);

    VerifyResult first = run(changeLog, b -> b);
    assertFalse(first.failed());
    assertFalse(said(first, REUSED));

    VerifyResult second = run(changeLog, b -> b);
    assertTrue(said(second, REUSED), second.summary().toString());
    assertEquals(first.report(), second.report());

    assertFalse(said(run(changeLog, b -> b.cache(false)), REUSED));

    log.clear();
    VerifyResult otherParameter = run(changeLog, b -> b.failOn(Verdict.parse("critical")));
    assertFalse(said(otherParameter, REUSED));
    assertTrue(log.stream().anyMatch(line -> line.startsWith(MIGRATIONS_REUSED)), log.toString());
    // no migration ran: the lints read the changelog parsed beside the model export, and find what they found after the migration
    assertFalse(first.findings().isEmpty());
    assertEquals(first.findings(), otherParameter.findings());

    Files.delete(out.resolve("report.json"));
    assertFalse(said(run(changeLog, b -> b.failOn(Verdict.parse("critical"))), REUSED));

    Files.copy(Path.of("src/test/resources/fixtures/shop/drifted.xml"), changeLog, StandardCopyOption.REPLACE_EXISTING);
    log.clear();
    VerifyResult drifted = run(changeLog, b -> b);
    assertTrue(drifted.failed());
    assertEquals(3, drifted.differences().size());
    assertFalse(log.stream().anyMatch(line -> line.startsWith(MIGRATIONS_REUSED)), log.toString());

    VerifyResult driftedAgain = run(changeLog, b -> b);
    assertTrue(driftedAgain.failed());
    assertFalse(said(driftedAgain, REUSED));
  }

  /** The console of a run is its summary and its lint findings (see VerifyMojo); a reused verdict prints both as the run did. */
  @Test
  void aReusedVerdictPrintsWhatTheRunItStandsForPrinted() throws Exception {
    Path changeLog = resources.resolve("changelog.xml");
    Files.copy(Path.of("src/test/resources/fixtures/shop/clean.xml"), changeLog);

    VerifyResult run = run(changeLog, b -> b);
    VerifyResult reused = run(changeLog, b -> b);

    assertTrue(said(reused, REUSED), reused.summary().toString());
    assertFalse(run.findings().isEmpty(), "the clean shop's foreign key has no index: a finding that does not fail the build");
    assertEquals(run.summary(), reused.summary().subList(0, reused.summary().size() - 1));
    assertEquals(run.findings(), reused.findings());
    assertEquals(FindingLines.lines(run.findings(), run.failingFindings(), run.report()),
        FindingLines.lines(reused.findings(), reused.failingFindings(), reused.report()));
  }

  private VerifyResult run(Path changeLog, UnaryOperator<VerifyRequest.Builder> change) {
    VerifyRequest.Builder builder = VerifyRequest.builder()
        .baseDir(resources)
        .changeLogFile(changeLog)
        .changeLogSearchRoots(List.of(resources))
        .model(TestProjects.model("dev.integrity.core.fixtures.shop"))
        .database(Providers.settings("embedded"))
        .outputDirectory(out);
    return Integrity.verify(change.apply(builder).build(), new Log() {
      @Override
      public void info(String message) {
        log.add(message);
      }

      @Override
      public void warn(String message) {
        log.add(message);
      }
    });
  }

  private static boolean said(VerifyResult result, String text) {
    return result.summary().stream().anyMatch(line -> line.startsWith(text));
  }
}
