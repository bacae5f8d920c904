package dev.integrity.core.observe;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The catalog as one transaction sees it at one moment, as far as the observer needs it: relations with their
 * storage files, columns, check and foreign-key constraints, this transaction's table activity and locks. Read
 * with the catalog queries of this package, in the transaction being observed.
 */
record CatalogState(
    Map<Long, Relation> relations,
    Map<Long, Map<Integer, Column>> columns,
    Map<Long, Constraint> constraints,
    Map<Long, Activity> activity,
    Map<Long, LockMode> locks) {

  /** {@code kind} as {@code pg_class.relkind}; {@code table} the indexed table of an index, else 0. */
  record Relation(long oid, String schema, String name, char kind, long filenode, long table) {
    boolean isTable() {
      return kind == 'r' || kind == 'p' || kind == 'm';
    }

    StatementObservation.TableName tableName() {
      return new StatementObservation.TableName(schema, name);
    }
  }

  record Column(String name, boolean notNull, boolean dropped) {}

  record Constraint(long table, long referenced, String name, boolean foreignKey, boolean validated) {}

  record Activity(long scans, long written) {}

  static CatalogState read(Connection connection) throws SQLException {
    Map<Long, Relation> relations = new HashMap<>();
    Map<Long, Map<Integer, Column>> columns = new HashMap<>();
    Map<Long, Constraint> constraints = new HashMap<>();
    Map<Long, Activity> activity = new HashMap<>();
    Map<Long, LockMode> locks = new HashMap<>();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet row = statement.executeQuery(CatalogQueries.text("relations.sql"))) {
        while (row.next()) {
          relations.put(row.getLong("oid"), new Relation(row.getLong("oid"), row.getString("schema"), row.getString("name"),
              row.getString("kind").charAt(0), row.getLong("filenode"), row.getLong("table_oid")));
        }
      }
      try (ResultSet row = statement.executeQuery(CatalogQueries.text("columns.sql"))) {
        while (row.next()) {
          columns.computeIfAbsent(row.getLong("table_oid"), oid -> new HashMap<>())
              .put(row.getInt("number"), new Column(row.getString("name"), row.getBoolean("not_null"), row.getBoolean("dropped")));
        }
      }
      try (ResultSet row = statement.executeQuery(CatalogQueries.text("constraints.sql"))) {
        while (row.next()) {
          constraints.put(row.getLong("oid"), new Constraint(row.getLong("table_oid"), row.getLong("referenced_oid"), row.getString("name"),
              row.getString("type").equals("f"), row.getBoolean("validated")));
        }
      }
      try (ResultSet row = statement.executeQuery(CatalogQueries.text("activity.sql"))) {
        while (row.next()) {
          activity.put(row.getLong("table_oid"), new Activity(row.getLong("scans"), row.getLong("written")));
        }
      }
      try (ResultSet row = statement.executeQuery(CatalogQueries.text("locks.sql"))) {
        while (row.next()) {
          LockMode mode = LockMode.of(row.getString("mode"));
          if (mode != null) {
            locks.merge(row.getLong("oid"), mode, (a, b) -> a.compareTo(b) >= 0 ? a : b);
          }
        }
      }
    }
    return new CatalogState(Map.copyOf(relations), Map.copyOf(columns), Map.copyOf(constraints), Map.copyOf(activity), Map.copyOf(locks));
  }
}
