package dev.integrity.core.cache;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A database as the statements and rows that rebuild it in an empty database: {@code before} the rows
 * (schemas, extensions, types, sequences, tables), the rows of every table in {@code COPY} text form, and
 * {@code after} them (sequence values, constraints, indexes, foreign keys), as pg_dump orders a restore. Names
 * in it are schema-qualified: it is read and replayed with an empty {@code search_path}.
 */
record DatabaseDump(List<String> before, List<TableRows> rows, List<String> after) {

  /** The rows of {@code table} for {@code COPY table (columns) FROM STDIN}; generated columns are left out. */
  record TableRows(String table, List<String> columns, String copy) {

    TableRows {
      columns = List.copyOf(columns);
    }
  }

  DatabaseDump {
    before = List.copyOf(before);
    rows = List.copyOf(rows);
    after = List.copyOf(after);
  }

  /**
   * Rebuilds the database on {@code connection}, inside its open transaction, which the caller commits or rolls back.
   * The statements before and after the rows go as one script each: one round trip, not one per statement.
   */
  void replay(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET LOCAL search_path = ''");
      if (!before.isEmpty()) {
        statement.execute(String.join(";\n", before));
      }
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      for (TableRows table : rows) {
        if (!table.copy().isEmpty()) {
          copy.copyIn("COPY " + table.table() + " (" + String.join(", ", table.columns()) + ") FROM STDIN", new StringReader(table.copy()));
        }
      }
      if (!after.isEmpty()) {
        statement.execute(String.join(";\n", after));
      }
      statement.execute("RESET search_path");
    } catch (IOException e) {
      throw new SQLException("cannot copy rows back: " + e.getMessage(), e);
    }
  }
}
