package dev.integrity.core.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.support.Providers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An update with the project's contexts and labels on a real PostgreSQL: the update gets the changelog the migrator
 * parsed with them (for the look for Liquibase 5 attributes), so what runs is what Liquibase's own parse would run.
 */
class LiquibaseMigratorContextsTest {

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

  /** {@code ${suffix}} resolves by the run's context only if the contexts are set before the parse. */
  @Test
  void givenContextsAndLabelsSelectTheChangeSetsAndTheProperties() throws SQLException {
    Database database = server.createDatabase("contexts");
    try (Connection connection = database.connect()) {
      migrator().update(ROOT.resolve("fixtures/contexts/by-context.yaml"), connection,
          new LiquibaseOptions("prod", "!skip", Map.of()), Log.SILENT);
      assertEquals(List.of("t_prod"), tables(connection));
    } finally {
      server.dropDatabase(database);
    }
  }

  @Test
  void aLiquibase5AttributeInYamlFailsWithGivenContextsToo() throws SQLException {
    Database database = server.createDatabase("contexts");
    try (Connection connection = database.connect()) {
      IntegrityException e = assertThrows(IntegrityException.class, () -> migrator().update(
          ROOT.resolve("fixtures/liquibase5/partition-by.yaml"), connection, new LiquibaseOptions("prod", null, Map.of()), Log.SILENT));
      assertTrue(e.getMessage().startsWith("changeSet fixtures/liquibase5/partition-by.yaml::2-events::carol sets partitionBy"),
          e.getMessage());
      assertEquals(List.of(), tables(connection));
    } finally {
      server.dropDatabase(database);
    }
  }

  private static LiquibaseMigrator migrator() {
    return new LiquibaseMigrator(List.of(ROOT), LiquibaseMigratorContextsTest.class.getClassLoader());
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows = connection.createStatement().executeQuery("SELECT table_name FROM information_schema.tables"
        + " WHERE table_schema = 'public' AND table_name NOT LIKE 'databasechangelog%' ORDER BY table_name")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }
}
