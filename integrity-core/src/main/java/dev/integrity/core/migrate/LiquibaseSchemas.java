package dev.integrity.core.migrate;

import dev.integrity.core.common.IntegrityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts Liquibase's work where the application's Liquibase puts it: unqualified objects in {@code defaultSchema},
 * its own tables in {@code liquibaseSchema} (else the default schema). The schemas are created in the scratch
 * database first, as the application's database has them before Liquibase runs.
 */
final class LiquibaseSchemas {

  private LiquibaseSchemas() {}

  static void apply(liquibase.database.Database database, Connection connection, LiquibaseOptions options)
      throws liquibase.exception.DatabaseException {
    if (options.defaultSchema() == null && options.liquibaseSchema() == null) {
      return;
    }
    for (String schema : new String[] {options.defaultSchema(), options.liquibaseSchema()}) {
      if (schema != null) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema.replace("\"", "\"\"") + "\"");
          if (!connection.getAutoCommit()) {
            connection.commit();
          }
        } catch (SQLException e) {
          throw new IntegrityException("cannot create the schema " + schema + " that the application's Liquibase writes into: "
              + e.getMessage(), e);
        }
      }
    }
    if (options.defaultSchema() != null) {
      database.setDefaultSchemaName(options.defaultSchema());
    }
    database.setLiquibaseSchemaName(options.liquibaseSchema() != null ? options.liquibaseSchema() : options.defaultSchema());
  }
}
