package dev.integrity.core.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import liquibase.changelog.ChangeLogHistoryServiceFactory;

/** Liquibase's {@code databasechangelog} in the schema and under the name the Liquibase {@code database} uses. */
final class HistoryTable {

  private HistoryTable() {}

  static boolean exists(Connection connection, liquibase.database.Database database) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      statement.setString(1, name(database));
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  static void drop(Connection connection, liquibase.database.Database database) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + name(database));
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
    // Liquibase remembers per database that it created the table: the update must create it again
    ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(database).reset();
  }

  private static String name(liquibase.database.Database database) {
    return database.escapeTableName(database.getLiquibaseCatalogName(), database.getLiquibaseSchemaName(),
        database.getDatabaseChangeLogTableName());
  }
}
