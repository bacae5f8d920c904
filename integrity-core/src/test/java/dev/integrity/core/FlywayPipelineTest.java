package dev.integrity.core;

import dev.integrity.core.migrate.Migrations;
import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.api.VerifyResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.drift.DriftRequest;
import dev.integrity.core.drift.DriftResult;
import dev.integrity.core.model.ModelRequest;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Flyway project gets the same verdicts as the equivalent Liquibase one (fixtures/shop), and its fix is
 * the next versioned SQL migration, which applied after the others leaves no difference.
 */
class FlywayPipelineTest {

  private static VerifyRequest.Builder flyway(String location, Path out) {
    return TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/clean.xml", out)
        .changeLogFile(null)
        .baseDir(Path.of("."))
        .migrations(Migrations.FLYWAY)
        .flywayLocations(List.of(location))
        .database(Providers.settings("embedded"));
  }

  @Test
  void cleanFlywayProjectPasses(@TempDir Path out) {
    VerifyResult result = Integrity.verify(flyway("classpath:fixtures/flyway/clean", out).build(), TestProjects.STDOUT);
    assertEquals(List.of(), result.differences());
    assertFalse(result.failed());
    assertEquals(null, result.changelog());
  }

  @Test
  void anExtensionTheServerDoesNotHaveIsNamedWithWhereToGetIt(@TempDir Path out) {
    String message = assertThrows(IntegrityException.class,
        () -> Integrity.verify(flyway("classpath:fixtures/flyway/unavailable-extension", out).build(), TestProjects.STDOUT)).getMessage();
    assertTrue(message.startsWith("a Flyway migration in classpath:fixtures/flyway/unavailable-extension needs the PostgreSQL extension"
        + " postgis, which the disposable server does not have."), message);
  }

  @Test
  void driftedFlywayProjectGetsTheNextMigrationWhichRoundTrips(@TempDir Path out, @TempDir Path migrations) throws Exception {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures/flyway/drifted"))) {
      for (Path file : files.toList()) {
        Files.copy(file, migrations.resolve(file.getFileName()));
      }
    }
    VerifyResult result = Integrity.verify(flyway("filesystem:" + migrations, out).build(), TestProjects.STDOUT);
    assertEquals(List.of(
            "EXTRA_COLUMN customer.legacy_code",
            "EXTRA_TABLE audit_entry.null",
            "MISSING_COLUMN purchase_order.note",
            "NULLABILITY_MISMATCH customer.name",
            "TYPE_MISMATCH customer.email"),
        result.differences().stream().map(d -> d.kind() + " " + d.table() + "." + d.column()).sorted().toList());
    assertTrue(result.failed());
    Path fix = out.resolve("V3__integrity_fix.sql");
    assertEquals(fix, result.changelog());
    String sql = Files.readString(fix);
    assertTrue(sql.contains("CREATE TABLE public.integrity_backup_audit_entry AS TABLE public.audit_entry"), sql);
    assertTrue(sql.contains("CREATE TABLE public.integrity_backup_customer_legacy_code AS SELECT id, legacy_code FROM public.customer"), sql);
    assertTrue(sql.contains("DROP TABLE public.audit_entry"), sql);
    // customer.name made NOT NULL through a validated check, which commits by itself: Flyway runs the fix statement by statement
    assertTrue(sql.contains("ALTER TABLE public.customer VALIDATE CONSTRAINT customer_name_not_null"), sql);
    Path config = out.resolve("V3__integrity_fix.sql.conf");
    assertEquals("executeInTransaction=false\n", Files.readString(config));

    Files.copy(fix, migrations.resolve(fix.getFileName()));
    Files.copy(config, migrations.resolve(config.getFileName()));
    VerifyResult again = Integrity.verify(flyway("filesystem:" + migrations, out).build(), TestProjects.STDOUT);
    assertEquals(List.of(), again.differences());
    assertFalse(again.failed());
  }

  @Test
  void driftComparesALiveDatabaseWithTheFlywayMigrations(@TempDir Path out) throws Exception {
    try (DatabaseServer production = DatabaseProviders.start(Providers.settings("embedded"))) {
      Database live = production.createDatabase("live");
      try (Connection connection = live.connect(); Statement statement = connection.createStatement()) {
        statement.execute(Files.readString(Path.of("src/test/resources/fixtures/flyway/drifted/V1__customer.sql")));
      }
      DriftResult result = Integrity.drift(new DriftRequest(flyway("classpath:fixtures/flyway/clean", out).build(), live, false, null, null),
          TestProjects.STDOUT);
      assertEquals(List.of("EXTRA_COLUMN customer.legacy_code", "MISSING_SEQUENCE purchase_order_seq.null", "MISSING_TABLE purchase_order.null",
              "NULLABILITY_MISMATCH customer.name",
              "TYPE_MISMATCH customer.email"),
          result.differences().stream().map(d -> d.kind() + " " + d.table() + "." + d.column()).sorted().toList());
      assertTrue(Files.isRegularFile(result.report()));
    }
  }

  /** Without the application's spring.flyway.table, its history table would be an extra table of either database. */
  @Test
  void theHistoryTableUnderTheApplicationsNameIsComparedNeitherByVerifyNorByDrift(@TempDir Path out, @TempDir Path settings) throws Exception {
    Files.writeString(settings.resolve("application.properties"), "spring.flyway.table=shop_history\n");
    ModelRequest model = TestProjects.model("dev.integrity.core.fixtures.shop");
    VerifyRequest request = flyway("classpath:fixtures/flyway/clean", out)
        .model(new ModelRequest(model.classpath(), List.of(model.entityRoots().get(0), settings), model.packages(), model.fallbackHibernate(),
            model.hibernateProperties()))
        .build();
    assertEquals(List.of(), Integrity.verify(request, TestProjects.STDOUT).differences());

    try (DatabaseServer production = DatabaseProviders.start(Providers.settings("embedded"))) {
      Database live = production.createDatabase("live");
      try (Connection connection = live.connect(); Statement statement = connection.createStatement()) {
        for (String file : List.of("V1__customer.sql", "V1_1__purchase_order.sql")) {
          statement.execute(Files.readString(Path.of("src/test/resources/fixtures/flyway/clean", file)));
        }
        statement.execute("CREATE TABLE shop_history (installed_rank integer PRIMARY KEY, version varchar(50))");
      }
      DriftResult result = Integrity.drift(new DriftRequest(request, live, false, null, null), TestProjects.STDOUT);
      assertEquals(List.of(), result.differences());
    }
  }
}
