package dev.integrity.core.migrate;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.schema.Identifiers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A database stepped through a Liquibase changelog: a number of changeSets in one go, then one at a time, each
 * step saying which changeSet ran ({@code file::id::author}), as {@code databasechangelog} records it. Used by the
 * goals that look at the database between changeSets: the rollback test, the rehearsal and the observer of new
 * changeSets.
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
    String lastRun = "SELECT filename, id, author FROM " + history + " ORDER BY orderexecuted DESC LIMIT 1";
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(lastRun)) {
      row.next();
      return Optional.of(ChangeSetEntry.key(row.getString(1), row.getString(2), row.getString(3)));
    } catch (SQLException e) {
      throw new IntegrityException("cannot read " + history + " after applying a changeSet of " + changeLog + ": " + e.getMessage(), e);
    }
  }

  private long ran(Connection connection) {
    try (PreparedStatement exists = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      exists.setString(1, history);
      try (ResultSet row = exists.executeQuery()) {
        row.next();
        if (!row.getBoolean(1)) {
          return 0;
        }
      }
      try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT count(*) FROM " + history)) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IntegrityException("cannot count the changeSets " + history + " records: " + e.getMessage(), e);
    }
  }
}
