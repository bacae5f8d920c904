package dev.integrity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.lint.Finding;
import dev.integrity.core.support.CountingChangeLogParser;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Path;
import java.util.List;
import liquibase.exception.LiquibaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run parses the changelog once: the lints read the changeSets as the migration parsed them. Counted
 * through Liquibase's own parser factory ({@link CountingChangeLogParser}); with a kept migrated database, see
 * {@code KeptMigrationsTest}.
 */
class ChangeLogParsesTest {

  private static final String CHANGELOG = "no-rollback.xml";

  @Test
  void verifyMigratesAndLintsOnOneParse(@TempDir Path out) throws LiquibaseException {
    try (CountingChangeLogParser parser = CountingChangeLogParser.register(CHANGELOG)) {
      VerifyResult result = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/" + CHANGELOG, out)
          .database(Providers.settings("embedded")).cache(false).build(), TestProjects.STDOUT);
      assertEquals(List.of(), result.differences());
      assertEquals(List.of("missing-rollback fixtures/shop/" + CHANGELOG),
          result.findings().stream().filter(f -> f.location() != null && f.location().contains(CHANGELOG)).map(ChangeLogParsesTest::describe).toList());
      assertEquals(1, parser.parses());
    }
  }

  private static String describe(Finding finding) {
    return finding.rule().id() + " " + finding.location().replaceAll(":\\d+$", "");
  }
}
