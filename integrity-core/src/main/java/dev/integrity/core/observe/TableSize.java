package dev.integrity.core.observe;

import dev.integrity.core.diff.Severity;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A live table's size as PostgreSQL's statistics estimate it ({@code reltuples}, {@code pg_total_relation_size}), and
 * how much a lock or rewrite of it matters: from a few thousand rows it is no longer a moment.
 */
public record TableSize(long estimatedRows, long bytes) {

  private static final long MEGABYTE = 1024L * 1024;

  /** The severity of a finding on this table: its rule's default between the small and the large thresholds. */
  public Severity severity(Severity ruleDefault) {
    if (estimatedRows >= 1_000_000 || bytes >= 1024 * MEGABYTE) {
      return Severity.CRITICAL;
    }
    if (estimatedRows >= 100_000 || bytes >= 100 * MEGABYTE) {
      return Severity.HIGH;
    }
    if (estimatedRows < 10_000 && bytes < 10 * MEGABYTE) {
      return Severity.LOW;
    }
    return ruleDefault;
  }

  @Override
  public String toString() {
    return "about " + estimatedRows + " rows, " + (bytes / MEGABYTE) + " MB";
  }

  /** Every table of the live database, by {@code schema.table}; {@code connection} is read only. */
  public static Map<String, TableSize> read(Connection connection) throws SQLException {
    Map<String, TableSize> sizes = new HashMap<>();
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(CatalogQueries.text("live-sizes.sql"))) {
      while (row.next()) {
        sizes.put(row.getString("schema") + "." + row.getString("name"), new TableSize(row.getLong("estimated_rows"), row.getLong("bytes")));
      }
    }
    return Map.copyOf(sizes);
  }
}
