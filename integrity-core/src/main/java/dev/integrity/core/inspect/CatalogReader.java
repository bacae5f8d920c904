package dev.integrity.core.inspect;

import dev.integrity.core.schema.Check;
import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.EnumType;
import dev.integrity.core.schema.Extension;
import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Index;
import dev.integrity.core.schema.PrimaryKey;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Sequence;
import dev.integrity.core.schema.Table;
import dev.integrity.core.schema.View;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the compared schemas of one PostgreSQL database into a {@link Schema}: one query per kind of
 * object ({@value #QUERY_COUNT} in all), whatever the number of tables. Views are read with the tables (their
 * columns only). Tables of Liquibase, Flyway and the plugin's own backups are left out: they are bookkeeping,
 * never drift.
 */
public final class CatalogReader {

  public static final int QUERY_COUNT = 7;

  private static final Map<String, String> QUERIES = new HashMap<>();

  private final List<String> schemas;

  public CatalogReader(List<String> schemas) {
    this.schemas = List.copyOf(schemas);
  }

  /** True for the tables the plugin never reports: migration tools' bookkeeping and its own backups. */
  public static boolean isBookkeeping(String table) {
    return table.equals("databasechangelog")
        || table.equals("databasechangeloglock")
        || table.equals("flyway_schema_history")
        || table.startsWith("integrity_backup_");
  }

  public Schema read(Connection connection) throws SQLException {
    Map<String, TableBuilder> tables = new LinkedHashMap<>();
    query(connection, "tables.sql", row -> {
      String table = row.getString("table_name");
      if (!isBookkeeping(table)) {
        tables.put(key(row.getString("schema_name"), table), new TableBuilder(row.getString("schema_name"), table, row.getBoolean("is_view")));
      }
    });
    query(connection, "columns.sql", row -> {
      TableBuilder t = tables.get(key(row.getString("schema_name"), row.getString("table_name")));
      if (t != null) {
        t.columns.add(new Column(
            row.getString("column_name"),
            row.getString("data_type"),
            !row.getBoolean("not_null"),
            row.getString("default_value"),
            identity(row.getString("identity")),
            row.getString("owned_sequence")));
      }
    });
    query(connection, "constraints.sql", row -> {
      TableBuilder t = tables.get(key(row.getString("schema_name"), row.getString("table_name")));
      if (t == null) {
        return;
      }
      String name = row.getString("constraint_name");
      switch (row.getString("type")) {
        case "p" -> t.primaryKey = new PrimaryKey(name, strings(row.getArray("columns")));
        case "f" -> t.foreignKeys.add(new ForeignKey(name, strings(row.getArray("columns")),
            row.getString("referenced_schema"), row.getString("referenced_table"),
            strings(row.getArray("referenced_columns")),
            rule(row.getString("on_update")), rule(row.getString("on_delete"))));
        case "c" -> t.checks.add(new Check(name, row.getString("check_expression"), strings(row.getArray("columns"))));
        default -> throw new IllegalStateException("unexpected constraint type " + row.getString("type"));
      }
    });
    query(connection, "indexes.sql", row -> {
      TableBuilder t = tables.get(key(row.getString("schema_name"), row.getString("table_name")));
      if (t != null) {
        t.indexes.add(new Index(
            row.getString("index_name"),
            strings(row.getArray("keys")),
            row.getBoolean("is_unique"),
            row.getBoolean("is_constraint"),
            row.getString("method"),
            row.getString("predicate"),
            strings(row.getArray("columns"))));
      }
    });
    List<Sequence> sequences = new ArrayList<>();
    query(connection, "sequences.sql", row -> sequences.add(new Sequence(
        row.getString("schema_name"),
        row.getString("sequence_name"),
        row.getString("data_type"),
        row.getLong("start_value"),
        row.getLong("increment"),
        row.getString("owned_by"),
        row.getBoolean("is_identity"))));
    List<EnumType> enums = new ArrayList<>();
    query(connection, "enums.sql", row -> enums.add(new EnumType(
        row.getString("schema_name"), row.getString("type_name"), strings(row.getArray("labels")))));
    List<Extension> extensions = new ArrayList<>();
    query(connection, "extensions.sql", row -> extensions.add(new Extension(row.getString("extension_name"), row.getString("schema_name"))));
    return new Schema(
        tables.values().stream().filter(t -> !t.view).map(TableBuilder::build).toList(),
        tables.values().stream().filter(t -> t.view).map(TableBuilder::buildView).toList(),
        sequences, enums, extensions);
  }

  private void query(Connection connection, String resource, RowHandler handler) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql(resource))) {
      statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          handler.handle(rows);
        }
      }
    }
  }

  private static String key(String schema, String table) {
    return schema + "." + table;
  }

  private static Column.Identity identity(String code) {
    return switch (code == null ? "" : code) {
      case "a" -> Column.Identity.ALWAYS;
      case "d" -> Column.Identity.BY_DEFAULT;
      default -> Column.Identity.NONE;
    };
  }

  private static String rule(String code) {
    return switch (code) {
      case "c" -> "CASCADE";
      case "n" -> "SET NULL";
      case "d" -> "SET DEFAULT";
      case "r" -> "RESTRICT";
      default -> "NO ACTION";
    };
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }

  private static synchronized String sql(String resource) {
    return QUERIES.computeIfAbsent(resource, name -> {
      try (InputStream in = CatalogReader.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing catalog query " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @FunctionalInterface
  private interface RowHandler {
    void handle(ResultSet row) throws SQLException;
  }

  private static final class TableBuilder {
    private final String schema;
    private final String name;
    private final boolean view;
    private final List<Column> columns = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private PrimaryKey primaryKey;

    TableBuilder(String schema, String name, boolean view) {
      this.schema = schema;
      this.name = name;
      this.view = view;
    }

    Table build() {
      return new Table(schema, name, columns, primaryKey, foreignKeys, indexes, checks);
    }

    View buildView() {
      return new View(schema, name, columns);
    }
  }
}
