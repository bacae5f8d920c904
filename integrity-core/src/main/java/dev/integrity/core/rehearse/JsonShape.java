package dev.integrity.core.rehearse;

import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.Identifiers;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A refusal that says the JSON a changeSet read had another shape than it expected ({@code jsonb_array_elements} over an
 * object, {@code jsonb_object_keys} over an array...). The synthetic rows hold JSON objects; production's column may hold
 * arrays, which the rows cannot know, so such a refusal says nothing about production. The rehearsal then sets the
 * synthetic JSON to NULL (the JSON functions give NULL or no rows for it) and applies the changeSet again.
 */
final class JsonShape {

  private static final Pattern SHAPE = Pattern.compile(
      "cannot (extract elements from an? (object|scalar)|call \\w+ on an? (non-object|non-array|array|object|scalar)"
          + "|get array length of an? (non-array|scalar)|deconstruct an? (array as an object|scalar))");

  private JsonShape() {}

  static boolean refused(String reason) {
    return reason != null && SHAPE.matcher(reason).find();
  }

  /** Sets every nullable json/jsonb column of the filled tables to NULL; the columns it cleared, as {@code schema.table.column}. */
  static List<String> clear(Connection connection, Schema schema, List<String> filledTables) throws SQLException {
    List<String> cleared = new ArrayList<>();
    boolean autoCommit = connection.getAutoCommit();
    try (Statement statement = connection.createStatement()) {
      for (Table table : schema.tables()) {
        if (!filledTables.contains(table.qualifiedName())) {
          continue;
        }
        for (Column column : table.columns()) {
          if (column.nullable() && (column.type().equals("json") || column.type().equals("jsonb"))) {
            statement.executeUpdate("UPDATE " + Identifiers.quote(table.schema()) + "." + Identifiers.quote(table.name()) + " SET "
                + Identifiers.quote(column.name()) + " = NULL");
            cleared.add(table.qualifiedName() + "." + column.name());
          }
        }
      }
    }
    if (!autoCommit) {
      connection.commit();
    }
    return cleared;
  }
}
