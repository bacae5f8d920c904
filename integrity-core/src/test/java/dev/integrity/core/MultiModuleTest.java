package dev.integrity.core;

import dev.integrity.core.report.ReportFormat;
import dev.integrity.core.common.Log;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.run.Applicability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.model.EntitySource;
import dev.integrity.core.model.ModelRequest;
import dev.integrity.core.support.ModuleLayout;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout of a larger service on real files: the entities compiled into one module's jar, the changelog
 * in another's, the application's settings in a third, which the plugin runs in (embedded PostgreSQL,
 * real Liquibase and Hibernate).
 */
class MultiModuleTest {

  private static final String SHOP = "dev.integrity.core.fixtures.shop";

  @TempDir
  Path build;

  @Test
  void entitiesAndAChangelogThatExistOnlyInDependencyJarsAreFoundAndApplied() throws Exception {
    ModuleLayout.Recording log = new ModuleLayout.Recording();
    VerifyResult result = Integrity.verify(app("fixtures/shop/clean.xml"), log);
    assertEquals(List.of(), result.differences());
    assertFalse(result.failed());
    assertTrue(log.lines.contains("Migrations: Liquibase, changelog " + build.resolve("migrations/target/migrations-1.0.jar")
        + "!/db/changelog/shop-master.xml (migrations=auto)"), log.text());
    assertTrue(log.lines.contains("Entities: 2 mapped classes (2 scanned with none: app (this module), migrations (reactor module)), from:"), log.text());
    assertTrue(log.lines.contains("  2 in entities (reactor module) (" + build.resolve("entities/target/entities-1.0.jar") + ")"), log.text());
  }

  @Test
  void theChangelogInTheJarIsWhatDatabaseAGetsAndWhereReportsPointWithoutAnEntitySource() throws Exception {
    VerifyRequest request = app("fixtures/shop/drifted.xml");
    VerifyRequest sarif = VerifyRequest.builder().baseDir(request.baseDir()).changeLogSearchRoots(request.changeLogSearchRoots())
        .model(request.model()).database(request.database()).outputDirectory(request.outputDirectory()).formats(ReportFormat.parse("json,sarif")).build();
    VerifyResult result = Integrity.verify(sarif, Log.SILENT);
    assertEquals(List.of("MISSING_COLUMN purchase_order.note", "NULLABILITY_MISMATCH customer.name", "TYPE_MISMATCH customer.email"),
        result.differences().stream().map(MultiModuleTest::describe).sorted().toList());
    String report = Files.readString(request.outputDirectory().resolve("integrity.sarif"));
    assertTrue(report.contains("\"uri\" : \"" + build.resolve("migrations/target/migrations-1.0.jar") + "!/db/changelog/shop-master.xml\""), report);
  }

  @Test
  void aModuleIsSkippedWithTheReasonWhenItLacksEntitiesOrMigrations() throws Exception {
    layout("fixtures/shop/clean.xml");
    Path migrations = build.resolve("migrations/target/migrations-1.0.jar");
    Path entities = build.resolve("entities/target/entities-1.0.jar");
    Path appClasses = build.resolve("app/target/classes");

    VerifyRequest migrationsOnly = request(List.of(migrations), List.of(new EntitySource("migrations (this module)", migrations)));
    assertEquals(Optional.of("no entity classes in it or its dependencies (scanned migrations (this module))"),
        Applicability.skip(migrationsOnly, true).map(Applicability.Skip::reason));
    assertFalse(Applicability.skip(migrationsOnly, true).orElseThrow().hasEntities());

    VerifyRequest entitiesOnly = request(List.of(entities), List.of(new EntitySource("entities (this module)", entities)));
    Applicability.Skip skip = Applicability.skip(entitiesOnly, true).orElseThrow();
    assertTrue(skip.hasEntities());
    String reason = skip.reason();
    assertTrue(reason.startsWith("2 entity classes but no migrations found: no Liquibase changelog at src/main/resources/db/changelog/"
        + "db.changelog-master.yaml"), reason);
    assertTrue(reason.endsWith("Set <changeLogFile> (or <flywayLocations>) in this module to check it"), reason);

    assertEquals(Optional.empty(), Applicability.skip(request(List.of(appClasses, entities, migrations),
        List.of(new EntitySource("app (this module)", appClasses), new EntitySource("entities (reactor module)", entities))), true));
  }

  private VerifyRequest app(String changeSets) throws Exception {
    layout(changeSets);
    Path appClasses = build.resolve("app/target/classes");
    Path entities = build.resolve("entities/target/entities-1.0.jar");
    Path migrations = build.resolve("migrations/target/migrations-1.0.jar");
    return request(List.of(appClasses, entities, migrations), List.of(
        new EntitySource("app (this module)", appClasses),
        new EntitySource("entities (reactor module)", entities),
        new EntitySource("migrations (reactor module)", migrations)));
  }

  private void layout(String changeSets) throws Exception {
    ModuleLayout.jar(build.resolve("entities/target/entities-1.0.jar"), ModuleLayout.classes(SHOP));
    ModuleLayout.jar(build.resolve("migrations/target/migrations-1.0.jar"), ModuleLayout.changeLog(changeSets));
    ModuleLayout.write(build.resolve("app/target/classes/application.yml"),
        "spring:\n  liquibase:\n    change-log: classpath:/db/changelog/shop-master.xml\n");
    ModuleLayout.write(build.resolve("app/src/main/resources/application.yml"),
        "spring:\n  liquibase:\n    change-log: classpath:/db/changelog/shop-master.xml\n");
  }

  /** The app module's request: its own classes and the modules' jars first, then Hibernate and the rest of the test classpath. */
  private VerifyRequest request(List<Path> modules, List<EntitySource> sources) {
    List<Path> classpath = new ArrayList<>(modules);
    TestProjects.testClasspath().stream().filter(p -> !p.endsWith("test-classes")).forEach(classpath::add);
    Path app = build.resolve("app");
    Path own = modules.get(0);
    return VerifyRequest.builder()
        .baseDir(own.startsWith(app) ? app : own.getParent().getParent())
        .changeLogSearchRoots(List.of(app.resolve("src/main/resources"), app))
        .model(new ModelRequest(classpath, List.of(own), List.of(), List.of(), Map.of(), null, null, sources))
        .database(Providers.settings("embedded"))
        .outputDirectory(app.resolve("target/integrity"))
        .build();
  }

  private static String describe(Difference d) {
    return d.kind() + " " + d.table() + (d.column() == null ? "" : "." + d.column());
  }
}
