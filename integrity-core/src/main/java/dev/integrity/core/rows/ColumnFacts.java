package dev.integrity.core.rows;

import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the schema model does not record about columns and the fill needs, read in one query: the generated
 * columns (left out of the inserts) and the base type of each domain-typed column (its values are the base type's,
 * cast to the domain).
 */
final class ColumnFacts {

  private final Map<String, Boolean> generated = new HashMap<>();
  private final Map<String, String> domainBases = new HashMap<>();

  private ColumnFacts() {}

  static ColumnFacts read(Connection connection, Schema schema) throws SQLException {
    ColumnFacts facts = new ColumnFacts();
    Object[] schemas = schema.tables().stream().map(Table::schema).distinct().toArray();
    try (PreparedStatement statement = connection.prepareStatement(sql())) {
      statement.setArray(1, connection.createArrayOf("text", schemas));
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          String key = row.getString("schema_name") + "." + row.getString("table_name") + "." + row.getString("column_name");
          facts.generated.put(key, row.getBoolean("is_generated"));
          if (row.getString("domain_base_type") != null) {
            facts.domainBases.put(key, row.getString("domain_base_type"));
          }
        }
      }
    }
    return facts;
  }

  boolean generated(Table table, String column) {
    return generated.getOrDefault(table.qualifiedName() + "." + column, false);
  }

  /** The type a domain-typed column's values are made of, or empty when its type is no domain. */
  Optional<String> domainBase(Table table, String column) {
    return Optional.ofNullable(domainBases.get(table.qualifiedName() + "." + column));
  }

  private static String sql() {
    try (InputStream in = ColumnFacts.class.getResourceAsStream("column-facts.sql")) {
      if (in == null) {
        throw new IllegalStateException("the plugin's build is broken: column-facts.sql is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
