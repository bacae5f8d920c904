package dev.integrity.core.migrate;

import java.nio.file.Path;
import dev.integrity.core.schema.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Steps one database through a Liquibase changelog a changeSet at a time, saying which changeSet each step ran
 * (as {@code databasechangelog} records it), for the goals that look at the database between changeSets: the
 * rollback test and the rehearsal.
 */
public final class ChangeSetSteps {

  private final LiquibaseMigrator migrator;
  private final Path changeLog;
  private final LiquibaseOptions options;
  private final String history;

  public ChangeSetSteps(LiquibaseMigrator migrator, Path changeLog) {
    this(migrator, changeLog, LiquibaseOptions.NONE);
  }

  /** Steps through the changeSets {@code options} select, its history table where they put it. */
  public ChangeSetSteps(LiquibaseMigrator migrator, Path changeLog, LiquibaseOptions options) {
    this.migrator = migrator;
    this.changeLog = changeLog;
    this.options = options;
    this.history = (options.liquibaseSchema() == null ? "" : Identifiers.quote(options.liquibaseSchema()) + ".") + "databasechangelog";
  }

  /** The key {@code databasechangelog} identifies a changeSet by, as the reports name it: {@code file::id::author}. */
  public static String key(String file, String id, String author) {
    return file + "::" + id + "::" + author;
  }

  /** Applies the next changeSet that has not run; its key, or empty when no changeSet ran. */
  public Optional<String> next(Connection connection) throws SQLException {
    long before = ran(connection);
    migrator.updateCount(changeLog, connection, 1, options);
    if (ran(connection) == before) {
      return Optional.empty();
    }
    String lastRun = "SELECT filename, id, author FROM " + history + " ORDER BY orderexecuted DESC LIMIT 1";
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(lastRun)) {
      row.next();
      return Optional.of(key(row.getString(1), row.getString(2), row.getString(3)));
    }
  }

  private long ran(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      statement.setString(1, history);
      try (ResultSet exists = statement.executeQuery()) {
        exists.next();
        if (!exists.getBoolean(1)) {
          return 0;
        }
      }
    }
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT count(*) FROM " + history)) {
      row.next();
      return row.getLong(1);
    }
  }
}
