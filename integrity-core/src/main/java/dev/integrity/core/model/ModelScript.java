package dev.integrity.core.model;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.database.Database;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The entity model's DDL as the project's Hibernate wrote it, in its order, not yet run anywhere; the settings
 * that were detected for it ({@code hibernate.*}: dialect, default schema, naming strategies); what the export reports.
 */
public record ModelScript(List<String> statements, Map<String, String> settings, ModelResult result) {

  public ModelScript {
    statements = List.copyOf(statements);
    settings = Map.copyOf(settings);
  }

  /**
   * Runs the statements as one JDBC batch in one transaction: a few round trips and one commit instead of one
   * of each per statement, which at a thousand entities is most of the export's time.
   */
  public void runInto(Database target) {
    try (Connection connection = target.connect()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements) {
          statement.addBatch(sql);
        }
        statement.executeBatch();
        connection.commit();
      } catch (BatchUpdateException e) {
        int failed = e.getUpdateCounts() == null ? -1 : e.getUpdateCounts().length;
        String sql = failed >= 0 && failed < statements.size() ? statements.get(failed) : "(statement unknown)";
        SQLException cause = e.getNextException() == null ? e : e.getNextException();
        throw HibernateMessages.rejected(new IllegalStateException("Error executing DDL \"" + sql + "\": " + cause.getMessage(), cause));
      }
    } catch (SQLException e) {
      throw new IntegrityException("cannot run the model's DDL in " + target.name() + ": " + e.getMessage(), e);
    }
  }
}
