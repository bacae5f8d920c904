package dev.integrity.core.cache;

import dev.integrity.core.cache.DatabaseDump.TableRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Reads a migrated database into a {@link DatabaseDump}, one catalog query per kind of object (in resource
 * files), in one repeatable-read transaction with an empty {@code search_path} so that every name comes
 * schema-qualified. What it does not rebuild (views, functions, triggers, ...) is listed by {@link #unsupported}.
 */
final class DumpReader {

  private static final Map<String, String> QUERIES = new HashMap<>();

  private DumpReader() {}

  @FunctionalInterface
  private interface RowHandler {
    void row(ResultSet row) throws SQLException;
  }

  /** What the database holds that a dump does not rebuild, e.g. {@code view public.order_totals}; empty when nothing. */
  static List<String> unsupported(Connection connection) throws SQLException {
    List<String> found = new ArrayList<>();
    query(connection, "dump-unsupported.sql", row -> found.add(row.getString("kind") + " " + row.getString("name")));
    return found;
  }

  /** The dump of the database on {@code connection}; the connection's transaction is rolled back afterwards. */
  static DatabaseDump read(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET LOCAL search_path = ''");
      return dump(connection);
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
  }

  private static DatabaseDump dump(Connection connection) throws SQLException {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    query(connection, "dump-schemas.sql", row -> before.add("CREATE SCHEMA IF NOT EXISTS " + row.getString("name")));
    query(connection, "dump-extensions.sql", row -> before.add(
        "CREATE EXTENSION IF NOT EXISTS " + row.getString("name") + " WITH SCHEMA " + row.getString("schema_name")));
    query(connection, "dump-enums.sql", row -> before.add(
        "CREATE TYPE " + row.getString("name") + " AS ENUM (" + String.join(", ", strings(row.getArray("labels"))) + ")"));
    Map<String, String> identities = new HashMap<>();
    query(connection, "dump-sequences.sql", row -> {
      String name = row.getString("name");
      String options = "START WITH " + row.getLong("start_value") + " INCREMENT BY " + row.getLong("increment")
          + " MINVALUE " + row.getLong("min_value") + " MAXVALUE " + row.getLong("max_value") + " CACHE " + row.getLong("cache")
          + (row.getBoolean("cycle") ? " CYCLE" : " NO CYCLE");
      String owned = row.getString("owned");
      if ("i".equals(owned)) {
        identities.put(row.getString("owner_table") + "." + row.getString("owner_column"), "SEQUENCE NAME " + name + " " + options);
      } else {
        before.add("CREATE SEQUENCE " + name + " AS " + row.getString("data_type") + " " + options);
      }
      if ("a".equals(owned)) {
        after.add("ALTER SEQUENCE " + name + " OWNED BY " + row.getString("owner_table") + "." + row.getString("owner_column"));
      }
      long last = row.getLong("last_value");
      if (!row.wasNull()) {
        after.add("SELECT pg_catalog.setval('" + name.replace("'", "''") + "', " + last + ", true)");
      }
    });
    Map<String, String> tables = new LinkedHashMap<>();
    Map<String, String> storage = new HashMap<>();
    query(connection, "dump-tables.sql", row -> {
      String options = row.getString("options");
      tables.put(row.getString("name"), "CREATE " + (row.getBoolean("unlogged") ? "UNLOGGED " : "") + "TABLE " + row.getString("name"));
      storage.put(row.getString("name"), options == null || options.isEmpty() ? "" : " WITH (" + options + ")");
    });
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Map<String, List<String>> copied = new LinkedHashMap<>();
    query(connection, "dump-columns.sql", row -> {
      String table = row.getString("table_name");
      columns.computeIfAbsent(table, t -> new ArrayList<>()).add(column(row, identities));
      if (row.getString("generated").isEmpty()) {
        copied.computeIfAbsent(table, t -> new ArrayList<>()).add(row.getString("column_name"));
      }
    });
    tables.forEach((table, create) -> before.add(create + " (" + String.join(", ", columns.getOrDefault(table, List.of())) + ")" + storage.get(table)));
    List<String> foreignKeys = new ArrayList<>();
    query(connection, "dump-constraints.sql", row -> (row.getBoolean("foreign_key") ? foreignKeys : after).add(
        "ALTER TABLE " + row.getString("table_name") + " ADD CONSTRAINT " + row.getString("name") + " " + row.getString("definition")));
    query(connection, "dump-indexes.sql", row -> after.add(row.getString("definition")));
    after.addAll(foreignKeys);
    return new DatabaseDump(before, rows(connection, copied), after);
  }

  /** {@code name type [COLLATE c] [DEFAULT e | GENERATED ...] [NOT NULL]}, as the column was declared. */
  private static String column(ResultSet row, Map<String, String> identities) throws SQLException {
    StringBuilder column = new StringBuilder(row.getString("column_name")).append(' ').append(row.getString("data_type"));
    if (row.getString("collation") != null) {
      column.append(" COLLATE ").append(row.getString("collation"));
    }
    String expression = row.getString("default_value");
    String generated = row.getString("generated");
    if (generated.equals("s") || generated.equals("v")) {
      column.append(" GENERATED ALWAYS AS (").append(expression).append(generated.equals("s") ? ") STORED" : ") VIRTUAL");
    } else if (expression != null) {
      column.append(" DEFAULT ").append(expression);
    }
    String identity = row.getString("identity");
    if (!identity.isEmpty()) {
      column.append(identity.equals("a") ? " GENERATED ALWAYS AS IDENTITY (" : " GENERATED BY DEFAULT AS IDENTITY (")
          .append(identities.get(row.getString("table_name") + "." + row.getString("column_name"))).append(')');
    }
    if (row.getBoolean("not_null")) {
      column.append(" NOT NULL");
    }
    return column.toString();
  }

  private static List<TableRows> rows(Connection connection, Map<String, List<String>> copied) throws SQLException {
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    List<TableRows> rows = new ArrayList<>();
    for (Map.Entry<String, List<String>> table : copied.entrySet()) {
      StringWriter text = new StringWriter();
      try {
        copy.copyOut("COPY " + table.getKey() + " (" + String.join(", ", table.getValue()) + ") TO STDOUT", text);
      } catch (IOException e) {
        throw new SQLException("cannot copy the rows of " + table.getKey() + ": " + e.getMessage(), e);
      }
      rows.add(new TableRows(table.getKey(), table.getValue(), text.toString()));
    }
    return rows;
  }

  private static List<String> strings(Array array) throws SQLException {
    return List.of((String[]) array.getArray());
  }

  private static void query(Connection connection, String resource, RowHandler handler) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql(resource))) {
      while (rows.next()) {
        handler.row(rows);
      }
    }
  }

  private static synchronized String sql(String resource) {
    return QUERIES.computeIfAbsent(resource, name -> {
      try (InputStream in = DumpReader.class.getResourceAsStream(name)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
