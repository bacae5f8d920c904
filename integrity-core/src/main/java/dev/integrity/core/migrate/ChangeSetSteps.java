package dev.integrity.core.migrate;

import java.nio.file.Path;
import java.sql.Connection;
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

  private static final String RAN = "SELECT count(*) FROM databasechangelog";
  private static final String LAST_RUN = "SELECT filename, id, author FROM databasechangelog ORDER BY orderexecuted DESC LIMIT 1";

  private final LiquibaseMigrator migrator;
  private final Path changeLog;

  public ChangeSetSteps(LiquibaseMigrator migrator, Path changeLog) {
    this.migrator = migrator;
    this.changeLog = changeLog;
  }

  /** The key {@code databasechangelog} identifies a changeSet by, as the reports name it: {@code file::id::author}. */
  public static String key(String file, String id, String author) {
    return file + "::" + id + "::" + author;
  }

  /** Applies the next changeSet that has not run; its key, or empty when no changeSet ran. */
  public Optional<String> next(Connection connection) throws SQLException {
    long before = ran(connection);
    migrator.updateCount(changeLog, connection, 1);
    if (ran(connection) == before) {
      return Optional.empty();
    }
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(LAST_RUN)) {
      row.next();
      return Optional.of(key(row.getString(1), row.getString(2), row.getString(3)));
    }
  }

  private static long ran(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet exists = statement.executeQuery("SELECT to_regclass('databasechangelog') IS NOT NULL")) {
      exists.next();
      if (!exists.getBoolean(1)) {
        return 0;
      }
    }
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(RAN)) {
      row.next();
      return row.getLong(1);
    }
  }
}
