package dev.integrity.core.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.integrity.core.Integrity;
import dev.integrity.core.VerifyResult;
import dev.integrity.core.database.DatabaseSettings;
import dev.integrity.core.support.TestProjects;
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
    assertEquals("changeSet fixtures/liquibase5/unknown-change.yaml::3-rename::dave uses the change type renameTrigger, which"
            + " Liquibase 4.33.0 (the plugin's) does not know: a change type of a newer Liquibase or of an extension. Write it as"
            + " an sql change and run again.",
        MigrationErrorsTest.failure("fixtures/liquibase5/unknown-change.yaml", out));
  }
}
