package dev.integrity.core.rehearse;

import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.Identifiers;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The narrowing PostgreSQL does not refuse: a string column's type shortened with an explicit cast (Liquibase's
 * {@code modifyDataType} writes {@code USING col::varchar(n)}), which cuts longer values short instead of failing.
 * The longest value of every string column is read before a changeSet, and the types after it are checked against it.
 */
final class Truncation {

  private static final Pattern STRING = Pattern.compile("(?:character varying|character|text)(?:\\((\\d+)\\))?");

  private Truncation() {}

  /** The longest value of each string column, by {@code schema.table.column}. */
  static Map<String, Integer> longest(Connection connection, Schema schema) throws SQLException {
    Map<String, Integer> longest = new LinkedHashMap<>();
    for (Table table : schema.tables()) {
      List<String> columns = table.columns().stream().filter(c -> STRING.matcher(c.type()).matches()).map(Column::name).toList();
      if (columns.isEmpty()) {
        continue;
      }
      List<String> lengths = new ArrayList<>();
      for (String column : columns) {
        lengths.add("coalesce(max(length(" + Identifiers.quote(column) + ")), 0)");
      }
      String sql = "SELECT " + String.join(", ", lengths) + " FROM " + Identifiers.quote(table.schema()) + "." + Identifiers.quote(table.name());
      try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
        row.next();
        for (int i = 0; i < columns.size(); i++) {
          longest.put(table.qualifiedName() + "." + columns.get(i), row.getInt(i + 1));
        }
      }
    }
    return longest;
  }

  /** What a changeSet cut short: a column whose type after it is shorter than its longest value before it. */
  static Optional<String> find(Map<String, Integer> before, Schema after) {
    for (Table table : after.tables()) {
      for (Column column : table.columns()) {
        Integer longest = before.get(table.qualifiedName() + "." + column.name());
        Matcher type = STRING.matcher(column.type());
        if (longest != null && type.matches() && type.group(1) != null && Integer.parseInt(type.group(1)) < longest) {
          return Optional.of("column " + table.qualifiedName() + "." + column.name() + " held values of up to " + longest
              + " characters, and its new type " + column.type() + " cut them short: PostgreSQL truncates a string on an explicit"
              + " cast (modifyDataType's USING) instead of refusing it, so production would lose data silently");
        }
      }
    }
    return Optional.empty();
  }
}
