package dev.integrity.core.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.Log;
import dev.integrity.core.support.ModuleLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations that another module of the build holds, as a jar on the classpath. */
class MigrationSourceTest {

  private static final FlywaySettings FLYWAY = FlywaySettings.at(List.of("classpath:db/migration"));

  @TempDir
  Path build;

  @Test
  void flywayMigrationsInADependencyJarAreFound() throws Exception {
    Path jar = ModuleLayout.jar(build.resolve("migrations-1.0.jar"),
        Map.of("db/migration/V1__customer.sql", "create table customer (id bigint primary key);".getBytes(StandardCharsets.UTF_8)));
    assertTrue(MigrationSource.exists(Migrations.AUTO, build.resolve("app"), null, FLYWAY, List.of(jar), null));
    assertEquals(new FlywayTool(FLYWAY), MigrationSource.choose(Migrations.AUTO, build.resolve("app"), null, FLYWAY, List.of(jar), null, Log.SILENT));
  }

  @Test
  void aJarWithOtherResourcesHoldsNoMigrations() throws Exception {
    Path jar = ModuleLayout.jar(build.resolve("library-1.0.jar"),
        Map.of("db/migration.properties", "x=1".getBytes(StandardCharsets.UTF_8), "db/migrationx/V1__x.sql", new byte[0]));
    assertFalse(MigrationSource.exists(Migrations.AUTO, build.resolve("app"), null, FLYWAY, List.of(jar), null));
  }
}
