package dev.integrity.core.run;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.migrate.MigrationContext;
import dev.integrity.core.migrate.MigrationTool;
import dev.integrity.core.schema.Schema;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import liquibase.changelog.ChangeSet;

/**
 * What every goal's run shares: the request, the project's class loader (nothing of the plugin's visible
 * through it), its migration tool, and the disposable server once a goal asks for it. Closing stops the
 * server and closes the class loader.
 */
final class Workspace implements AutoCloseable {

  static final String MIGRATED = "integrity_migrated";
  static final String MODEL = "integrity_model";

  private final VerifyRequest request;
  private final MigrationTool tool;
  private final MigrationContext migrations;
  private DatabaseServer server;
  private List<ChangeSet> migratedChangeSets;
  private CompletableFuture<List<ChangeSet>> parsedAhead;

  private Workspace(VerifyRequest request, MigrationTool tool, MigrationContext migrations) {
    this.request = request;
    this.tool = tool;
    this.migrations = migrations;
  }

  static Workspace open(VerifyRequest request, MigrationTool tool) {
    return new Workspace(request, tool, MigrationLookup.context(request, projectClassLoader(request)));
  }

  VerifyRequest request() {
    return request;
  }

  MigrationTool tool() {
    return tool;
  }

  MigrationContext migrations() {
    return migrations;
  }

  /** The disposable server, started (and logged) on first use. */
  DatabaseServer server(Log log) {
    if (server == null) {
      server = DatabaseProviders.start(request.database());
      log.info("Database: " + server.description());
    }
    return server;
  }

  void migrate(Database database, Log log) {
    migrated(tool.migrate(database, migrations, log));
  }

  /** Records the changeSets a migration of this run parsed, for the lints. */
  void migrated(List<ChangeSet> changeSets) {
    migratedChangeSets = changeSets;
  }

  /**
   * Starts parsing the changeSets the lints read, on another thread, when no migration will run (a kept migrated
   * schema stands in): the parse then overlaps the model export instead of following it.
   */
  void parseChangeSetsAhead() {
    parsedAhead = CompletableFuture.supplyAsync(() -> tool.changeSets(migrations));
  }

  /** The changeSets the lints read: as the migration of this run parsed them, or parsed ahead, or parsed now when none ran. */
  List<ChangeSet> changeSets() {
    if (migratedChangeSets != null) {
      return migratedChangeSets;
    }
    return parsedAhead != null ? VerifyRunner.join(parsedAhead) : tool.changeSets(migrations);
  }

  /** The schema the migrations produce, in the request's schemas: applied to a scratch database of {@code on}, read, dropped. */
  Schema migratedSchema(DatabaseServer on) {
    Database migrated = on.createDatabase(MIGRATED);
    try {
      migrate(migrated, Log.SILENT);
      return tool.withoutHistoryTable(read(new CatalogReader(request.schemas()), migrated));
    } finally {
      on.dropDatabase(migrated);
    }
  }

  static Schema read(CatalogReader reader, Database database) {
    try (Connection connection = database.connect()) {
      return reader.read(connection);
    } catch (SQLException e) {
      throw new IntegrityException("cannot read the catalog of " + database.name() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (parsedAhead != null) {
      // Liquibase's scope is one per JVM: no parse may outlive the run (a failed one) into the next module's
      parsedAhead.handle((parsed, error) -> null).join();
    }
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      try {
        migrations.classpath().close();
      } catch (IOException e) {
        throw new IntegrityException("cannot close the project's class loader: " + e.getMessage(), e);
      }
    }
  }

  /** The project's runtime classpath, with nothing of the plugin's visible through it. */
  private static URLClassLoader projectClassLoader(VerifyRequest request) {
    List<URL> urls = new ArrayList<>();
    for (Path path : request.model().classpath()) {
      try {
        urls.add(path.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IntegrityException("bad classpath entry " + path, e);
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }
}
