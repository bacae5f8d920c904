package dev.integrity.core.drift;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import dev.integrity.core.diff.Severity;
import dev.integrity.core.migrate.ChangeSetEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live database's Liquibase history ({@code databasechangelog}) against the changelog: changeSets
 * not applied, applied ones the changelog no longer has, and applied ones whose checksum changed.
 */
final class ChangeLogHistory {

  static final String TABLE = "databasechangelog";

  /** One row of {@code databasechangelog}. */
  record Applied(String id, String author, String file, String checksum) {
    String key() {
      return normalise(file) + "::" + id + "::" + author;
    }
  }

  /** The history and the schema holding it; empty when no compared schema has one. */
  record History(String schema, List<Applied> applied) {}

  private ChangeLogHistory() {}

  static Optional<History> read(Connection connection, List<String> schemas) throws SQLException {
    String schema = null;
    try (PreparedStatement statement = connection.prepareStatement(Sql.resource("changelog-table.sql"))) {
      statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
      statement.setArray(2, connection.createArrayOf("text", schemas.toArray()));
      try (ResultSet rows = statement.executeQuery()) {
        if (rows.next()) {
          schema = rows.getString(1);
        }
      }
    }
    if (schema == null) {
      return Optional.empty();
    }
    List<Applied> applied = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(Sql.resource("changelog-history.sql").formatted(Sql.ident(schema)));
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        applied.add(new Applied(rows.getString("id"), rows.getString("author"), rows.getString("filename"), rows.getString("md5sum")));
      }
    }
    return Optional.of(new History(schema, applied));
  }

  static List<Difference> compare(List<ChangeSetEntry> changeLog, History history) {
    Map<String, Applied> applied = new LinkedHashMap<>();
    history.applied().forEach(row -> applied.put(row.key(), row));
    Map<String, ChangeSetEntry> expected = new LinkedHashMap<>();
    changeLog.forEach(entry -> expected.put(normalise(entry.file()) + "::" + entry.id() + "::" + entry.author(), entry));
    List<Difference> out = new ArrayList<>();
    expected.forEach((key, entry) -> {
      Applied row = applied.get(key);
      if (row == null) {
        out.add(difference(history, DifferenceKind.UNAPPLIED_CHANGESET, Severity.HIGH, "changeSet " + key, null,
            "changeSet " + key + " is in the changelog but not applied to the live database: apply the migrations"
                + " (liquibase update), or find out why it was skipped"));
      } else if (!entry.accepts(row.checksum())) {
        out.add(difference(history, DifferenceKind.CHANGED_CHECKSUM, Severity.HIGH, "changeSet " + key + " as in the changelog",
            "changeSet " + key + " checksum " + row.checksum(),
            "changeSet " + key + " was edited after it was applied to the live database: Liquibase will refuse to update it."
                + " Revert the edit and add a new changeSet, or add <validCheckSum> when the edit is harmless"));
      }
    });
    applied.forEach((key, row) -> {
      if (!expected.containsKey(key)) {
        out.add(difference(history, DifferenceKind.UNKNOWN_CHANGESET, Severity.MEDIUM, null, "changeSet " + key,
            "changeSet " + key + " is applied to the live database but no longer in the changelog: it was removed or renamed,"
                + " or applied from another branch"));
      }
    });
    return out;
  }

  private static Difference difference(History history, DifferenceKind kind, Severity severity, String model, String database,
      String message) {
    return new Difference(kind, severity, history.schema(), TABLE, null, model, database, message, null, List.of());
  }

  /** Liquibase records {@code classpath:db/x.xml} or {@code /db/x.xml} for what is {@code db/x.xml}. */
  private static String normalise(String file) {
    String name = file == null ? "" : file.replace('\\', '/');
    if (name.startsWith("classpath:")) {
      name = name.substring("classpath:".length());
    }
    while (name.startsWith("/")) {
      name = name.substring(1);
    }
    return name;
  }
}
