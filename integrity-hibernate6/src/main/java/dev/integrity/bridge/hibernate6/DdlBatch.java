package dev.integrity.bridge.hibernate6;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs Hibernate's DDL script as one JDBC batch in one transaction: a few round trips and one commit
 * instead of one of each per statement, which at a thousand entities is most of the export's time.
 */
final class DdlBatch {

  static final String DELIMITER = ";";

  private DdlBatch() {}

  /** The statements of a script that Hibernate wrote with {@link #DELIMITER} and one statement per line. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      current.append(line).append('\n');
      if (line.stripTrailing().endsWith(DELIMITER)) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - DELIMITER.length()));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  static void execute(DataSource dataSource, List<String> statements) {
    try (Connection connection = dataSource.getConnection()) {
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
        throw new IllegalStateException("Error executing DDL \"" + sql + "\": " + cause.getMessage(), cause);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Error executing the model's DDL: " + e.getMessage(), e);
    }
  }
}
