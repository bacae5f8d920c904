package dev.integrity.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.schema.Extension;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.support.Providers;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model's DDL gets the migrated database's extensions when it uses their types and functions, on both
 * providers' real PostgreSQL (each ships the contrib extensions a migration commonly creates).
 */
class ModelScriptExtensionsTest {

  private static final List<Extension> CONTRIB = List.of(new Extension("citext", "public"), new Extension("hstore", "public"),
      new Extension("pg_trgm", "public"), new Extension("pgcrypto", "public"), new Extension("uuid-ossp", "public"));
  /** What Hibernate writes for entities with {@code columnDefinition}s and defaults of those extensions. */
  private static final ModelScript USES_EXTENSIONS = script(
      "create table account (id uuid default uuid_generate_v4() not null, token uuid default gen_random_uuid(), email citext not null,"
          + " attributes hstore, primary key (id))",
      "create index account_email_trgm on account using gin ((email::text) gin_trgm_ops)");

  @ParameterizedTest
  @MethodSource("dev.integrity.core.support.Providers#both")
  void theModelGetsTheMigratedDatabasesExtensionsWhenItsDdlNeedsThem(String provider) throws Exception {
    try (DatabaseServer server = DatabaseProviders.start(Providers.settings(provider))) {
      Database model = server.createDatabase("integrity_model");
      USES_EXTENSIONS.runInto(model, () -> CONTRIB);
      Schema schema = read(model);
      assertEquals(CONTRIB, schema.extensions());
      assertEquals(List.of("uuid", "uuid", "citext", "hstore"),
          schema.tables().get(0).columns().stream().map(c -> c.type()).toList());
    }
  }

  @ParameterizedTest
  @MethodSource("dev.integrity.core.support.Providers#both")
  void withoutExtensionsTheErrorSaysToCreateOneInAMigration(String provider) {
    try (DatabaseServer server = DatabaseProviders.start(Providers.settings(provider))) {
      Database model = server.createDatabase("integrity_model");
      String message = assertThrows(IntegrityException.class, () -> USES_EXTENSIONS.runInto(model, List::of)).getMessage();
      assertTrue(message.startsWith("Hibernate rejected the entity model: Error executing DDL \"create table account"), message);
      assertTrue(message.contains("type \"citext\" does not exist"), message);
      assertTrue(message.contains(". No migration creates an extension: if the type or function comes from one,"
          + " create it in a migration (CREATE EXTENSION)."), message);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.integrity.core.support.Providers#both")
  void aModelWithoutExtensionTypesNeverAsksForTheMigratedDatabasesExtensions(String provider) throws Exception {
    Supplier<List<Extension>> migrationsStillRunning = () -> {
      throw new AssertionError("the model's DDL waited for the migrations");
    };
    try (DatabaseServer server = DatabaseProviders.start(Providers.settings(provider))) {
      Database model = server.createDatabase("integrity_model");
      script("create table plain (id bigint not null, primary key (id))").runInto(model, migrationsStillRunning);
      assertEquals(List.of(), read(model).extensions());
    }
  }

  private static ModelScript script(String... statements) {
    return new ModelScript(List.of(statements), Map.of(), new ModelResult(Origins.none(), "test", 1));
  }

  private static Schema read(Database database) throws Exception {
    try (Connection connection = database.connect()) {
      return new CatalogReader(List.of("public")).read(connection);
    }
  }
}
