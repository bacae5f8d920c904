package dev.integrity.core;

import dev.integrity.core.api.VerifyResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.changelog.ChangeLogFormat;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code integrity:diff}'s core: the fix and the instructions, or nothing at all on a clean project. */
class DiffTest {

  @Test
  void cleanProjectHasNothingToFixAndGetsNoChangelog(@TempDir Path out) throws Exception {
    VerifyResult result = Integrity.diff(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/clean.xml", out)
        .database(Providers.settings("embedded")).build(), TestProjects.STDOUT);
    assertTrue(result.summary().contains("Nothing to fix: the migrated database matches the entity model; no changelog written."),
        String.join("\n", result.summary()));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(0, files.filter(f -> f.getFileName().toString().startsWith("changelog.")).count());
    }
  }

  @Test
  void driftedProjectGetsTheFixAndHowToIncludeIt(@TempDir Path out) throws Exception {
    VerifyResult result = Integrity.diff(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/drifted.xml", out)
        .database(Providers.settings("embedded")).changeLogFormat(ChangeLogFormat.YAML).changeSetAuthor("reviewer").build(), TestProjects.STDOUT);
    Path fix = out.resolve("changelog.yaml");
    assertEquals(fix, result.changelog());
    assertTrue(Files.readString(fix).contains("author: reviewer"));
    assertFalse(Files.exists(out.resolve("changelog.xml")));
    String summary = String.join("\n", result.summary());
    assertTrue(summary.contains("Fix changelog written: " + fix), summary);
    assertTrue(summary.contains("<include file=\"integrity-fix-changelog.yaml\" relativeToChangelogFile=\"true\"/>"), summary);
    assertFalse(summary.contains("destructive"), summary);
  }
}
