package dev.integrity.core.drift;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import dev.integrity.core.diff.EnumChecks;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.schema.Check;
import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Index;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the rows of a live database that break what the entity model declares: orphans of every
 * foreign key, NULLs in NOT NULL columns, enum columns holding values outside the Java enum, duplicates
 * of unique columns. What the live database already enforces is not queried. One query per check, each
 * bounded by the session's statement timeout; a failing query becomes a {@code DATA_CHECK_FAILED}.
 */
final class DataChecks {

  static final int SAMPLES = 5;

  private final Connection connection;
  private final Origins origins;
  private final List<Difference> out = new ArrayList<>();

  private DataChecks(Connection connection, Origins origins) {
    this.connection = connection;
    this.origins = origins;
  }

  static List<Difference> run(Connection connection, Schema model, Origins origins, Schema live) {
    DataChecks checks = new DataChecks(connection, origins);
    for (Table m : model.tables()) {
      live.table(m.schema(), m.name()).ifPresent(l -> checks.table(m, l, live));
    }
    return checks.out;
  }

  private void table(Table model, Table live, Schema liveSchema) {
    List<String> key = live.primaryKey() == null ? List.of() : live.primaryKey().columns();
    String sample = Sql.asText("x", key);
    String order = key.isEmpty() ? "" : " ORDER BY " + key.stream().map(c -> "x." + Sql.ident(c)).collect(Collectors.joining(", "));
    String from = " FROM " + Sql.table(live.schema(), live.name()) + " x";
    for (ForeignKey fk : model.foreignKeys()) {
      boolean enforced = live.foreignKeys().stream().anyMatch(l -> l.structure().equals(fk.structure()));
      Optional<Table> target = liveSchema.table(fk.referencedSchema(), fk.referencedTable());
      if (enforced || target.isEmpty() || !hasColumns(live, fk.columns()) || !hasColumns(target.get(), fk.referencedColumns())) {
        continue;
      }
      List<String> join = new ArrayList<>();
      for (int i = 0; i < fk.columns().size(); i++) {
        join.add("r." + Sql.ident(fk.referencedColumns().get(i)) + " = x." + Sql.ident(fk.columns().get(i)));
      }
      String sql = "SELECT count(*) OVER () AS total, " + sample + " AS sample" + from + " WHERE " + notNull(fk.columns())
          + " AND NOT EXISTS (SELECT 1 FROM " + Sql.table(fk.referencedSchema(), fk.referencedTable()) + " r WHERE "
          + String.join(" AND ", join) + ")" + order + " LIMIT " + SAMPLES;
      check(DifferenceKind.ORPHAN_ROWS, Severity.HIGH, live, null, "foreign key " + fk.describe(), sql, List.of(),
          "rows of " + live.name() + " reference no row of " + fk.referencedTable() + " through (" + String.join(", ", fk.columns())
              + "): adding the foreign key fails until they are deleted or repointed");
    }
    for (Column c : model.columns()) {
      Optional<Column> l = live.column(c.name());
      if (!c.nullable() && l.isPresent() && l.get().nullable()) {
        String sql = "SELECT count(*) OVER () AS total, " + sample + " AS sample" + from + " WHERE x." + Sql.ident(c.name())
            + " IS NULL" + order + " LIMIT " + SAMPLES;
        check(DifferenceKind.NULL_ROWS, Severity.HIGH, live, c.name(), "not null", sql, List.of(),
            "rows of " + live.name() + " have NULL in " + c.name() + ", which the model says is NOT NULL: setting NOT NULL fails"
                + " until they are filled in");
      }
    }
    for (Check check : model.checks()) {
      Optional<EnumChecks.ValueSet> values = EnumChecks.parse(check.expression());
      if (values.isEmpty() || live.column(values.get().column()).isEmpty()) {
        continue;
      }
      String column = values.get().column();
      String sql = "SELECT count(*) OVER () AS total, " + sample + " || ': ' || x." + Sql.ident(column) + "::text AS sample" + from
          + " WHERE x." + Sql.ident(column) + " IS NOT NULL AND x." + Sql.ident(column) + "::text <> ALL (?)" + order
          + " LIMIT " + SAMPLES;
      check(DifferenceKind.UNKNOWN_ENUM_VALUES, Severity.CRITICAL, live, column, "values " + String.join(", ", values.get().values()),
          sql, List.copyOf(values.get().values()),
          "rows of " + live.name() + " hold values of " + column + " that the Java enum does not have: Hibernate fails to load them");
    }
    for (Index index : model.indexes()) {
      boolean enforced = live.indexes().stream().anyMatch(l -> l.unique() && l.keys().equals(index.keys()) && l.predicate() == null);
      List<String> columns = index.columnKeys(live).orElse(null);
      if (!index.unique() || index.predicate() != null || enforced || columns == null) {
        continue;
      }
      String keys = columns.stream().map(k -> "x." + Sql.ident(k)).collect(Collectors.joining(", "));
      String sql = "SELECT (sum(n) OVER ())::bigint AS total, sample FROM (SELECT count(*) AS n, ROW(" + keys + ")::text || ' in rows '"
          + " || array_to_string((array_agg(" + sample + (key.isEmpty() ? "" : order) + "))[1:3], ', ') AS sample" + from
          + " WHERE " + notNull(columns) + " GROUP BY " + keys + " HAVING count(*) > 1) d ORDER BY sample LIMIT " + SAMPLES;
      check(DifferenceKind.DUPLICATE_ROWS, Severity.HIGH, live, null, "unique (" + String.join(", ", index.keys()) + ")", sql, List.of(),
          "rows of " + live.name() + " repeat values of (" + String.join(", ", index.keys()) + "), which the model says are unique:"
              + " adding the unique constraint fails until the duplicates are merged");
    }
  }

  private void check(DifferenceKind kind, Severity severity, Table table, String column, String declared, String sql,
      List<String> values, String message) {
    String entity = origins.entity(table.schema(), table.name(), column);
    Savepoint savepoint = null;
    try {
      savepoint = connection.setSavepoint();
      long total = 0;
      List<String> samples = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        if (!values.isEmpty()) {
          statement.setArray(1, connection.createArrayOf("text", values.toArray()));
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            total = rows.getLong("total");
            samples.add(rows.getString("sample"));
          }
        }
      }
      connection.releaseSavepoint(savepoint);
      if (total > 0) {
        String found = total + (total == 1 ? " row" : " rows") + (samples.contains(null) ? "" : ", e.g. " + String.join("; ", samples));
        out.add(new Difference(kind, severity, table.schema(), table.name(), column, declared, found, message + " (" + found + ")",
            entity, List.of()));
      }
    } catch (SQLException e) {
      rollback(savepoint);
      out.add(new Difference(DifferenceKind.DATA_CHECK_FAILED, Severity.LOW, table.schema(), table.name(), column, declared,
          "query failed: " + e.getMessage(), "the " + kind + " check of " + table.name() + (column == null ? "" : "." + column)
              + " (" + declared + ") could not run: " + e.getMessage() + " [SQL state " + e.getSQLState() + "]", entity, List.of()));
    }
  }

  private void rollback(Savepoint savepoint) {
    if (savepoint == null) {
      return;
    }
    try {
      connection.rollback(savepoint);
    } catch (SQLException ignored) {
      // the connection itself is gone: the next check reports that
    }
  }

  private static boolean hasColumns(Table table, List<String> columns) {
    return columns.stream().allMatch(c -> table.column(c).isPresent());
  }

  private static String notNull(List<String> columns) {
    return columns.stream().map(c -> "x." + Sql.ident(c) + " IS NOT NULL").collect(Collectors.joining(" AND "));
  }
}
