package dev.integrity.core.rollback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.migrate.ChangeSetLocator;
import dev.integrity.core.migrate.LiquibaseMigrator;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rollback test on a real PostgreSQL with real Liquibase changelogs. */
class RollbackTesterTest {

  private static final Path ROOT = Path.of("src/test/resources");
  private static DatabaseServer server;

  @BeforeAll
  static void start() {
    server = DatabaseProviders.start(Providers.settings("embedded"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static RollbackResult test(String changeLog) {
    LiquibaseMigrator migrator = new LiquibaseMigrator(List.of(ROOT), RollbackTesterTest.class.getClassLoader());
    return new RollbackTester(server, migrator, new ChangeSetLocator(List.of(ROOT)), new CatalogReader(List.of("public")), TestProjects.STDOUT)
        .test(ROOT.resolve("fixtures/rollback/" + changeLog));
  }

  @Test
  void exactRollbacksPass() {
    RollbackResult result = test("exact.xml");
    assertEquals(4, result.changeSets());
    assertEquals(List.of(), result.problems());
    assertFalse(result.failed());
  }

  @Test
  void aRollbackThatLeavesAColumnBehindIsReportedWithTheColumn() {
    RollbackResult result = test("leaves-column.xml");
    assertEquals(1, result.problems().size(), result.problems().toString());
    RollbackProblem problem = result.problems().get(0);
    assertEquals(RollbackProblem.Kind.NOT_EXACT, problem.kind());
    assertEquals("fixtures/rollback/leaves-column.xml::3-contact::test", problem.changeSet());
    assertEquals("fixtures/rollback/leaves-column.xml:20", problem.location());
    assertEquals(List.of("EXTRA_COLUMN customer.phone"),
        problem.leftovers().stream().map(d -> d.kind() + " " + d.table() + "." + d.column()).toList());
  }

  @Test
  void theRollbackTestComparesExactlyADefaultAnFkIndexOrAUniqueOnTheKeyLeftBehindFails() {
    RollbackResult result = test("leaves-lenient-objects.xml");
    assertTrue(result.failed());
    assertEquals(List.of(
            "NOT_EXACT fixtures/rollback/leaves-lenient-objects.xml::3-default::test [DEFAULT_MISMATCH customer.status]",
            "NOT_EXACT fixtures/rollback/leaves-lenient-objects.xml::4-fk-index::test [EXTRA_INDEX purchase_order.null]",
            "NOT_EXACT fixtures/rollback/leaves-lenient-objects.xml::5-unique-id::test [EXTRA_UNIQUE customer.null]"),
        result.problems().stream().filter(p -> p.kind() == RollbackProblem.Kind.NOT_EXACT)
            .map(p -> p.kind() + " " + p.changeSet() + " " + p.leftovers().stream().map(d -> d.kind() + " " + d.table() + "." + d.column()).toList())
            .sorted().toList());
  }

  @Test
  void aChangeSetWithoutRollbackIsReportedAndTheOthersAreStillTested() {
    RollbackResult result = test("no-rollback.xml");
    assertEquals(List.of("MISSING fixtures/rollback/no-rollback.xml::3-email::test"),
        result.problems().stream().map(p -> p.kind() + " " + p.changeSet()).toList());
    assertTrue(result.problems().get(0).location().startsWith("fixtures/rollback/no-rollback.xml:"));
  }

  @Test
  void aRollbackThatFailsIsReported() {
    RollbackResult result = test("failing-rollback.xml");
    assertEquals(List.of("FAILED fixtures/rollback/failing-rollback.xml::3-email::test"),
        result.problems().stream().map(p -> p.kind() + " " + p.changeSet()).toList());
    assertTrue(result.problems().get(0).message().contains("e_mail"), result.problems().get(0).message());
  }
}
