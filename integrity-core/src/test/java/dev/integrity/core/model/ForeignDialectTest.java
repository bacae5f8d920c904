package dev.integrity.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.Integrity;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.support.ModuleLayout;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dialect a project sets for its tests (H2's, in the default profile) writes DDL that PostgreSQL rejects
 * ({@code varbinary}): the model is exported with PostgreSQL's, on a real export into embedded PostgreSQL.
 */
class ForeignDialectTest {

  @Test
  void anH2DialectInTheApplicationsSettingsIsIgnoredWithOneLineAndTheModelMatchesItsMigrations(@TempDir Path classes, @TempDir Path out)
      throws Exception {
    ModuleLayout.write(classes.resolve("application.properties"), "spring.jpa.database-platform=org.hibernate.dialect.H2Dialect\n");
    ModuleLayout.Recording log = new ModuleLayout.Recording();
    VerifyResult result = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.attachment", "fixtures/attachment/clean.xml", out)
        .model(model(classes))
        .database(Providers.settings("embedded")).build(), log);
    assertEquals(List.of(), result.differences());
    assertFalse(result.failed());
    assertTrue(log.lines.contains("Hibernate dialect: org.hibernate.dialect.H2Dialect (application.properties) is not PostgreSQL's and is ignored;"
        + " the model is exported with the dialect Hibernate chooses for PostgreSQL"), log.text());
  }

  @Test
  void aPostgresqlDialectIsKept(@TempDir Path classes) throws Exception {
    ModuleLayout.write(classes.resolve("application.properties"), "spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect\n");
    ModuleLayout.Recording log = new ModuleLayout.Recording();
    Map<String, String> settings = ApplicationSettings.detect(model(classes), ForeignDialectTest.class.getClassLoader(), log);
    assertEquals("org.hibernate.dialect.PostgreSQLDialect", settings.get("hibernate.dialect"));
    assertTrue(log.lines.stream().noneMatch(line -> line.startsWith("Hibernate dialect:")), log.text());
  }

  /** The application's settings in {@code classes}, the entity in the test classes. */
  private static ModelRequest model(Path classes) {
    return new ModelRequest(TestProjects.testClasspath(), List.of(classes, Path.of("target/test-classes")),
        List.of("dev.integrity.core.fixtures.attachment"), List.of(), Map.of());
  }
}
