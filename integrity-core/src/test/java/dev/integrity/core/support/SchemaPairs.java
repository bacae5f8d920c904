package dev.integrity.core.support;

import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.diff.ComparePolicy;
import dev.integrity.core.diff.Differ;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Differ tests on real schemas: the model's DDL and the migrated database's DDL are run on two scratch
 * databases of one embedded PostgreSQL (shared by all tests of the JVM), read back by the catalog reader and
 * compared, so that PostgreSQL's own normalisation is part of every test.
 */
public final class SchemaPairs {

  private static DatabaseServer server;

  private SchemaPairs() {}

  public static List<Difference> diff(String modelSql, String databaseSql) {
    return diff(modelSql, databaseSql, List.of("public"));
  }

  public static List<Difference> diff(String modelSql, String databaseSql, List<String> schemas) {
    return diff(modelSql, databaseSql, schemas, ComparePolicy.MODEL_VS_MIGRATIONS);
  }

  /** Under another policy than verify's, e.g. {@link ComparePolicy#EXACT}. */
  public static List<Difference> diff(String modelSql, String databaseSql, ComparePolicy policy) {
    return diff(modelSql, databaseSql, List.of("public"), policy);
  }

  public static List<Difference> diff(String modelSql, String databaseSql, List<String> schemas, ComparePolicy policy) {
    CatalogReader reader = new CatalogReader(schemas);
    return Differ.diff(read(reader, modelSql), read(reader, databaseSql), Origins.none(), policy);
  }

  /** The schema that {@code sql} creates, as the catalog reader sees it. */
  public static Schema read(CatalogReader reader, String sql) {
    DatabaseServer s = server();
    Database database = s.createDatabase("integrity_test");
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
      return reader.read(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
    } finally {
      s.dropDatabase(database);
    }
  }

  /** One line per difference: {@code KIND table[.column] SEVERITY}, sorted. */
  public static List<String> lines(List<Difference> differences) {
    return differences.stream()
        .map(d -> d.kind() + " " + d.table() + (d.column() == null ? "" : "." + d.column()) + " " + d.severity())
        .sorted()
        .toList();
  }

  private static synchronized DatabaseServer server() {
    if (server == null) {
      server = DatabaseProviders.start(Providers.settings("embedded"));
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return server;
  }
}
