package dev.integrity.core.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.Integrity;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.database.DatabaseSettings;
import dev.integrity.core.support.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changelogs written for Liquibase 5, applied by the plugin's Liquibase 4 on a real (embedded) PostgreSQL: the 5.0
 * XSD resolves offline to the bundled one, and what Liquibase 5 added fails naming the changeSet and what it needs.
 */
class Liquibase5ChangelogTest {

  private static final String NEEDS_PARTITION_BY = " sets partitionBy on createTable, which Liquibase 5.0 added; the plugin"
      + " applies changelogs with Liquibase 4.33.0, which does not have it. Create the partitioned table with a <sql> change"
      + " (CREATE TABLE ... PARTITION BY ...) instead, and run again.";
  private static final String UNKNOWN = ", which Liquibase 4.33.0 (the plugin's) does not know: a change type of a newer Liquibase"
      + " or of an extension.";

  @Test
  void aChangelogWithTheLiquibase5XsdAppliesWithoutFetchingIt(@TempDir Path out) {
    VerifyResult result = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/liquibase5/xsd-5.0.xml", out)
        .database(new DatabaseSettings("embedded", null, Duration.ofSeconds(60), null, null, null)).build(), TestProjects.STDOUT);
    assertEquals(List.of(), result.differences());
    assertFalse(result.failed());
  }

  @Test
  void aLiquibase5AttributeInXmlNamesTheChangeSetAndWhatToWriteInstead(@TempDir Path out) {
    assertEquals("changeSet fixtures/liquibase5/partition-by.xml::2-events::carol (line 8)" + NEEDS_PARTITION_BY,
        MigrationErrorsTest.failure("fixtures/liquibase5/partition-by.xml", out));
  }

  /** Liquibase 4 would create the table unpartitioned without a word: the attribute is looked for before anything runs. */
  @Test
  void aLiquibase5AttributeInYamlIsNotSilentlyDropped(@TempDir Path out) {
    assertEquals("changeSet fixtures/liquibase5/partition-by.yaml::2-events::carol" + NEEDS_PARTITION_BY,
        MigrationErrorsTest.failure("fixtures/liquibase5/partition-by.yaml", out));
  }

  @Test
  void anUnknownChangeTypeNamesTheChangeSet(@TempDir Path out) {
    assertEquals("changeSet fixtures/liquibase5/unknown-change.yaml::3-rename::dave uses the change type renameTrigger" + UNKNOWN
            + " Write it as an sql change and run again.",
        MigrationErrorsTest.failure("fixtures/liquibase5/unknown-change.yaml", out));
  }

  /** The JDK's Xerces names the element with its namespace ({"ns":renameTrigger}): the changeSet is still named. */
  @Test
  void anUnknownXmlElementNamesTheChangeSet(@TempDir Path out) {
    assertEquals("changeSet fixtures/liquibase5/unknown-element.xml::3-rename::dave (line 7) uses <renameTrigger>" + UNKNOWN
            + " Write it as a <sql> change and run again.",
        MigrationErrorsTest.failure("fixtures/liquibase5/unknown-element.xml", out));
  }

  /**
   * Liquibase reads YAML without SnakeYAML's 3 MB and 50-alias limits: a changelog that large applies, and the look for
   * Liquibase 5 attributes still covers it.
   */
  @Test
  void aYamlChangelogOverThreeMegabytesAppliesAndIsStillChecked(@TempDir Path out) throws IOException {
    Path clean = largeYaml(out.resolve("clean"), "        - sql: { sql: SELECT 1 }\n");
    VerifyResult result = Integrity.verify(largeYamlRequest(clean, out.resolve("clean-out")).build(), TestProjects.STDOUT);
    assertEquals(List.of(), result.differences());
    assertFalse(result.failed());

    Path partitioned = largeYaml(out.resolve("partitioned"), "        - createTable:\n            tableName: event\n"
        + "            partitionBy: RANGE (created_at)\n            columns:\n"
        + "              - column: { name: created_at, type: timestamp }\n");
    IntegrityException e = assertThrows(IntegrityException.class,
        () -> Integrity.verify(largeYamlRequest(partitioned, out.resolve("partitioned-out")).build(), TestProjects.STDOUT));
    assertEquals("changeSet big.yaml::2-events::carol" + NEEDS_PARTITION_BY, e.getMessage());
  }

  /** The shop's changelog, a changeSet of {@code change}, one of 60 aliases of changes, and 3.4 MB of comments. */
  private static Path largeYaml(Path root, String change) throws IOException {
    StringBuilder yaml = new StringBuilder("databaseChangeLog:\n  - include:\n      file: fixtures/shop/clean.xml\n"
        + "  - changeSet:\n      id: 2-events\n      author: carol\n      changes:\n" + change);
    for (int i = 0; i < 60; i++) {
      yaml.append("        - sql: &s").append(i).append(" { sql: SELECT ").append(i).append(" }\n");
    }
    yaml.append("  - changeSet:\n      id: 3-aliases\n      author: carol\n      changes:\n");
    for (int i = 0; i < 60; i++) {
      yaml.append("        - sql: *s").append(i).append("\n");
    }
    yaml.append(("# " + "x".repeat(97) + "\n").repeat(35_000));
    assertTrue(yaml.length() > 3 * 1024 * 1024);
    Files.createDirectories(root);
    return Files.writeString(root.resolve("big.yaml"), yaml);
  }

  private static VerifyRequest.Builder largeYamlRequest(Path changeLog, Path out) {
    return TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/clean.xml", out)
        .changeLogFile(changeLog)
        .changeLogSearchRoots(List.of(changeLog.getParent(), Path.of("src/test/resources")))
        .database(new DatabaseSettings("embedded", null, Duration.ofSeconds(60), null, null, null));
  }
}
