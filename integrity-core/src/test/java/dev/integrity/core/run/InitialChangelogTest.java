package dev.integrity.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.Integrity;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project with the shop entities and no migrations: diff writes the migration that creates the model's
 * schema at the conventional place (Liquibase's Spring Boot master, or V1__baseline.sql when Flyway is on the
 * classpath, as it is on this module's test classpath), and verify passes on it.
 */
class InitialChangelogTest {

  @TempDir
  Path project;

  private VerifyRequest.Builder request(String migrations) {
    return TestProjects.request("dev.integrity.core.fixtures.shop", "unused", project.resolve("target/integrity"))
        .baseDir(project)
        .changeLogFile(null)
        .changeLogSearchRoots(List.of(project.resolve("src/main/resources")))
        .migrations(dev.integrity.core.migrate.Migrations.parse(migrations))
        .cache(false)
        .database(Providers.settings("embedded"));
  }

  @Test
  void liquibaseProjectGetsTheSpringBootMasterChangelogAndThenPasses() throws Exception {
    VerifyResult written = Integrity.diff(request("liquibase").build(), TestProjects.STDOUT);
    Path master = project.resolve("src/main/resources/db/changelog/db.changelog-master.yaml");
    assertEquals(master, written.changelog());
    String yaml = Files.readString(master);
    assertTrue(yaml.contains("createTable") && yaml.contains("tableName: purchase_order") && yaml.contains("createSequence"), yaml);
    assertTrue(written.summary().get(0).startsWith("No migrations yet: wrote the migration that creates the entity model's schema"));

    VerifyResult verified = Integrity.verify(request("auto").build(), TestProjects.STDOUT);
    assertEquals(List.of(), verified.differences());
    assertFalse(verified.failed());
  }

  @Test
  void flywayOnTheClasspathGetsV1BaselineAndThenPasses() throws Exception {
    VerifyResult written = Integrity.diff(request("auto").build(), TestProjects.STDOUT);
    Path v1 = project.resolve("src/main/resources/db/migration/V1__baseline.sql");
    assertEquals(v1, written.changelog());
    assertTrue(Files.readString(v1).contains("CREATE TABLE public.purchase_order"), Files.readString(v1));

    VerifyResult verified = Integrity.verify(request("flyway")
        .flywayLocations(List.of("filesystem:" + v1.getParent())).build(), TestProjects.STDOUT);
    assertEquals(List.of(), verified.differences());
    assertFalse(verified.failed());
  }

  @Test
  void anExistingFileIsNeverOverwritten() throws Exception {
    // not found as a migration: the resource directory is not among the search roots, yet the file is where diff would write
    Path v1 = Files.createDirectories(project.resolve("src/main/resources/db/migration")).resolve("V1__baseline.sql");
    Files.writeString(v1, "-- the team's own\n");
    IntegrityException error = assertThrows(IntegrityException.class,
        () -> Integrity.diff(request("flyway").changeLogSearchRoots(List.of()).build(), TestProjects.STDOUT));
    assertTrue(error.getMessage().contains(v1 + " exists: integrity:diff does not overwrite it"), error.getMessage());
    assertEquals("-- the team's own\n", Files.readString(v1));
  }
}
