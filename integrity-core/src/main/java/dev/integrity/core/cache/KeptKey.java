package dev.integrity.core.cache;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.database.DatabaseSettings;
import dev.integrity.core.migrate.ChangeLogState;

/**
 * The key of a kept migrated database: everything that decides what the migrations apply, except the
 * migrations themselves (their growth is judged against the entry): the project, the tool's version and
 * settings ({@link ChangeLogState#settings()}), its settings from system properties and the environment, the
 * server (provider, image, URL; PostgreSQL major version) and the plugin's code.
 */
final class KeptKey {

  private KeptKey() {}

  static String of(VerifyRequest request, ChangeLogState state, String postgresMajor) {
    Fingerprint key = new Fingerprint();
    key.text("format", Integer.toString(KeptEntry.FORMAT));
    key.text("project", request.baseDir().toAbsolutePath().normalize().toString());
    key.text("tool", state.settings());
    key.text("properties", CacheKeys.properties("liquibase.", "flyway."));
    DatabaseSettings database = request.database();
    key.text("server", database.mode() + "\n" + database.image() + "\n" + database.jdbcUrl() + "\n" + database.username());
    key.text("postgres", postgresMajor);
    CacheKeys.plugin(key);
    return key.hex();
  }
}
