package dev.integrity.core.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.migrate.ChangeSetLocator;
import dev.integrity.core.migrate.LiquibaseMigrator;
import dev.integrity.core.migrate.LiquibaseOptions;
import dev.integrity.core.run.RehearseRunner;
import dev.integrity.core.since.Since;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rehearsal on a real PostgreSQL: each failure a populated table causes is named with its changeSet. */
class RehearsalTest {

  private static final Path ROOT = Path.of("src/test/resources");
  private static final String BASE = "fixtures/rehearse/base.xml::2-orders::test";
  private static DatabaseServer server;

  @BeforeAll
  static void start() {
    server = DatabaseProviders.start(Providers.settings("embedded"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static RehearsalResult rehearse(String changeLog, String since) {
    return rehearse(changeLog, LiquibaseOptions.NONE, since);
  }

  private static RehearsalResult rehearse(String changeLog, LiquibaseOptions options, String since) {
    LiquibaseMigrator migrator = new LiquibaseMigrator(List.of(ROOT), RehearsalTest.class.getClassLoader());
    return new Rehearsal(server, migrator, new ChangeSetLocator(List.of(ROOT)), new CatalogReader(List.of("public")), TestProjects.STDOUT)
        .rehearse(ROOT.resolve("fixtures/rehearse/" + changeLog), options, RehearseRunner.base(Since.parse(since), null, ref -> List.of()), 100);
  }

  private static RehearsalResult.Refusal refusal(String changeLog) {
    RehearsalResult result = rehearse(changeLog, null);
    assertTrue(result.failed(), "expected a refusal from " + changeLog);
    assertEquals(2, result.base());
    return result.refusal();
  }

  @Test
  void aNotNullColumnAddedWithoutDefaultIsRefusedByTheFilledTable() {
    RehearsalResult.Refusal refusal = refusal("not-null.xml");
    assertEquals("fixtures/rehearse/not-null.xml::3-nickname::test", refusal.changeSet());
    assertEquals("fixtures/rehearse/not-null.xml:6", refusal.location());
    assertTrue(refusal.reason().contains("column \"nickname\" of relation \"person\" contains null values"), refusal.reason());
    assertTrue(refusal.statement().startsWith("ALTER TABLE public.person ADD nickname VARCHAR(50) NOT NULL"), refusal.statement());
  }

  @Test
  void aUniqueConstraintOverDuplicatedValuesIsRefused() {
    RehearsalResult.Refusal refusal = refusal("unique.xml");
    assertEquals("fixtures/rehearse/unique.xml::3-unique-name::test", refusal.changeSet());
    assertTrue(refusal.reason().contains("could not create unique index \"uk_person_name\""), refusal.reason());
    assertTrue(refusal.statement().contains("ADD CONSTRAINT uk_person_name UNIQUE (name)"), refusal.statement());
  }

  @Test
  void aNarrowingTypeChangeIsRefused() {
    RehearsalResult.Refusal refusal = refusal("narrowing.xml");
    assertEquals("fixtures/rehearse/narrowing.xml::3-short-email::test", refusal.changeSet());
    assertTrue(refusal.reason().contains("value too long for type character varying(20)"), refusal.reason());
    assertEquals("ALTER TABLE person ALTER COLUMN email TYPE varchar(20)", refusal.statement());
  }

  @Test
  void aNarrowingThatPostgresqlDoesByTruncatingIsReportedWithTheColumnItCutShort() {
    RehearsalResult.Refusal refusal = refusal("modify-data-type.xml");
    assertEquals("fixtures/rehearse/modify-data-type.xml::3-short-email::test", refusal.changeSet());
    assertTrue(refusal.reason().startsWith("column public.person.email held values of up to 255 characters, and its new type"
        + " character varying(20) cut them short"), refusal.reason());
  }

  @Test
  void aCheckTheExistingRowsViolateIsRefusedAndTheChangeSetsAfterItAreNotTried() {
    RehearsalResult result = rehearse("check.xml", BASE);
    assertEquals("fixtures/rehearse/check.xml::3-plausible-age::test", result.refusal().changeSet());
    assertTrue(result.refusal().reason().contains("check constraint \"plausible_age\" of relation \"person\" is violated by some row"),
        result.refusal().reason());
    assertEquals("ALTER TABLE person ADD CONSTRAINT plausible_age CHECK (age BETWEEN 0 AND 150)", result.refusal().statement());
    assertEquals(List.of(), result.applied());
    assertEquals(List.of("fixtures/rehearse/check.xml::4-after::test"), result.notTried());
  }

  @Test
  void aDataMigrationThatExpectsJsonOfAnotherShapeThanTheSyntheticRowsIsAppliedAgainOverNullJson() {
    RehearsalResult result = rehearse("json-shape.xml", "1-collection");
    assertFalse(result.failed(), String.valueOf(result.refusal()));
    assertEquals(List.of("fixtures/rehearse/json-shape.xml::2-migrate-identifiers::test", "fixtures/rehearse/json-shape.xml::3-after::test"),
        result.applied());
    assertTrue(result.filled().notes().contains("changeSet fixtures/rehearse/json-shape.xml::2-migrate-identifiers::test expects JSON of"
        + " another shape than the synthetic rows hold (cannot extract elements from an object): applied again with the JSON columns NULL"
        + " (public.collection.identifiers)"), result.filled().notes().toString());
  }

  @Test
  void changeSetsThatSuitAPopulatedDatabasePass() {
    RehearsalResult result = rehearse("clean.xml", "2-orders");
    assertFalse(result.failed());
    assertNull(result.refusal());
    assertEquals(2, result.base());
    assertEquals(List.of("fixtures/rehearse/clean.xml::3-note::test", "fixtures/rehearse/clean.xml::4-active::test",
        "fixtures/rehearse/clean.xml::5-unique-person-order::test"), result.applied());
    assertEquals(List.of("public.orders", "public.person"), result.filled().tables().stream().sorted().toList());
  }

  @Test
  void onlyTheChangeSetsOfTheApplicationsContextsAreRehearsed() {
    RehearsalResult result = rehearse("contexts.xml", new LiquibaseOptions("prod", null, Map.of()), null);
    assertFalse(result.failed(), String.valueOf(result.refusal()));
    assertEquals(2, result.base());
    assertEquals(List.of("fixtures/rehearse/contexts.xml::4-note::test"), result.applied());
    assertTrue(rehearse("contexts.xml", new LiquibaseOptions("dev", null, Map.of()), BASE).failed(), "dev applies 3-dev-only");
  }

  @Test
  void aSinceThatNamesNoChangeSetIsAnErrorNamingIt() {
    IntegrityException e = assertThrows(IntegrityException.class, () -> rehearse("clean.xml", "9-nothing"));
    assertEquals("<since> names changeSet '9-nothing', which the changelog does not have; name one as file::id::author or by its id, or use since=snapshot or since=git:<ref>.",
        e.getMessage());
  }
}
