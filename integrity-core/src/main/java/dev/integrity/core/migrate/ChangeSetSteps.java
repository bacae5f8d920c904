package dev.integrity.core.migrate;

import dev.integrity.core.common.IntegrityException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A database stepped through a Liquibase changelog: a number of changeSets in one go, then one at a time, each
 * step saying which changeSet ran ({@code file::id::author}), as {@code databasechangelog} records it. Used by the
 * rollback test and by the observer of new changeSets.
 */
public final class ChangeSetSteps {

  private static final String RAN = "SELECT count(*) FROM databasechangelog";
  private static final String LAST_RUN = "SELECT filename, id, author FROM databasechangelog ORDER BY orderexecuted DESC LIMIT 1";

  private final LiquibaseMigrator migrator;
  private final Path changeLog;
  private final LiquibaseOptions options;

  public ChangeSetSteps(LiquibaseMigrator migrator, Path changeLog, LiquibaseOptions options) {
    this.migrator = migrator;
    this.changeLog = changeLog;
    this.options = options;
  }

  /** Applies the next {@code count} changeSets that have not run. */
  public void apply(Connection connection, int count) {
    if (count > 0) {
      migrator.updateCount(changeLog, connection, count, options);
    }
  }

  /** Applies the next changeSet that runs: its key, or empty when none was left to run. */
  public Optional<String> next(Connection connection) {
    long before = ran(connection);
    migrator.updateCount(changeLog, connection, 1, options);
    if (ran(connection) <= before) {
      return Optional.empty();
    }
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(LAST_RUN)) {
      row.next();
      return Optional.of(ChangeSetEntry.key(row.getString(1), row.getString(2), row.getString(3)));
    } catch (SQLException e) {
      throw new IntegrityException("cannot read databasechangelog after applying a changeSet of " + changeLog + ": " + e.getMessage(), e);
    }
  }

  private static long ran(Connection connection) {
    try (Statement statement = connection.createStatement()) {
      try (ResultSet exists = statement.executeQuery("SELECT to_regclass('databasechangelog') IS NOT NULL")) {
        exists.next();
        if (!exists.getBoolean(1)) {
          return 0;
        }
      }
      try (ResultSet count = statement.executeQuery(RAN)) {
        count.next();
        return count.getLong(1);
      }
    } catch (SQLException e) {
      throw new IntegrityException("cannot count the changeSets databasechangelog records: " + e.getMessage(), e);
    }
  }
}
