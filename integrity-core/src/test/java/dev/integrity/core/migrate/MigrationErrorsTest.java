package dev.integrity.core.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.Integrity;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the user reads when the changelog cannot be found, parsed or applied (embedded provider, real Liquibase). */
class MigrationErrorsTest {

  static String failure(String changeLog, Path out) {
    return assertThrows(IntegrityException.class, () -> Integrity.verify(
        TestProjects.request("dev.integrity.core.fixtures.shop", changeLog, out)
            .database(new dev.integrity.core.database.DatabaseSettings("embedded", null, java.time.Duration.ofSeconds(60), null, null, null))
            .build(), TestProjects.STDOUT)).getMessage();
  }

  @Test
  void noChangelogFoundListsThePathsTried(@TempDir Path project) {
    IntegrityException e = assertThrows(IntegrityException.class, () -> ChangeLogLocator.locate(project, null));
    assertEquals("no Liquibase changelog found; tried " + String.join(", ", ChangeLogLocator.DEFAULT_LOCATIONS) + " under " + project
        + ". Set <changeLogFile> to the master changelog.", e.getMessage());
  }

  @Test
  void aGivenChangelogThatDoesNotExistIsNamed(@TempDir Path project) {
    IntegrityException e = assertThrows(IntegrityException.class, () -> ChangeLogLocator.locate(project, Path.of("db/master.xml")));
    assertEquals("<changeLogFile> " + project.resolve("db/master.xml") + " does not exist. Point <changeLogFile> at the master changelog.",
        e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fixtures/errors/malformed.xml, line 10", "fixtures/errors/malformed.yaml, line 8"})
  void aMalformedChangelogNamesTheFileAndLine(String changeLog, String line, @TempDir Path out) {
    String message = failure(changeLog, out);
    assertTrue(message.startsWith("cannot parse the changelog "), message);
    assertTrue(message.contains(changeLog) && message.contains(line), message);
    assertTrue(message.endsWith("Fix the changelog at the place named above and run again."), message);
  }

  @Test
  void aFailingChangeSetIsNamedByIdAuthorAndFileWithTheDatabaseError(@TempDir Path out) {
    String message = failure("fixtures/errors/failing-changeset.xml", out);
    assertTrue(message.contains("changeSet 2-add-email by alice in fixtures/errors/failing-changeset.xml"), message);
    assertTrue(message.contains("relation \"public.no_such_table\" does not exist"), message);
    assertTrue(message.endsWith("Fix the changeSet named above and run again."), message);
  }

  @Test
  void anExtensionTheServerDoesNotHaveIsNamedWithWhereToGetIt(@TempDir Path out) {
    String message = failure("fixtures/errors/unavailable-extension.xml", out);
    assertTrue(message.startsWith("changeSet 1-extensions by gis in fixtures/errors/unavailable-extension.xml needs the PostgreSQL"
        + " extension postgis, which the disposable server does not have."), message);
    assertTrue(message.contains("-Dintegrity.database=docker with an <image> that has postgis"), message);
  }
}
