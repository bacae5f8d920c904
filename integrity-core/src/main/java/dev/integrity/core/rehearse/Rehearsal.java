package dev.integrity.core.rehearse;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.migrate.ChangeSetEntry;
import dev.integrity.core.migrate.ChangeSetLocator;
import dev.integrity.core.migrate.ChangeSetSteps;
import dev.integrity.core.migrate.LiquibaseMigrator;
import dev.integrity.core.migrate.LiquibaseOptions;
import dev.integrity.core.migrate.RefusedChangeSet;
import dev.integrity.core.rows.FilledRows;
import dev.integrity.core.rows.SyntheticRows;
import dev.integrity.core.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.changelog.ChangeSet;

/**
 * The populated rehearsal: on a database of its own, applies the old changeSets, fills every table with synthetic
 * rows, then applies the new changeSets one at a time, as production will over its data. The first changeSet
 * PostgreSQL refuses is reported with its statement and message (or, for a string type shortened by a cast, which
 * PostgreSQL does not refuse, the column it cut short), and the rehearsal stops there: the changeSets after it may
 * need it.
 */
public final class Rehearsal {

  private final DatabaseServer server;
  private final LiquibaseMigrator migrator;
  private final ChangeSetLocator locator;
  private final CatalogReader reader;
  private final Log log;

  public Rehearsal(DatabaseServer server, LiquibaseMigrator migrator, ChangeSetLocator locator, CatalogReader reader, Log log) {
    this.server = server;
    this.migrator = migrator;
    this.locator = locator;
    this.reader = reader;
    this.log = log;
  }

  /** Rehearses the changeSets {@code options} select (the application's contexts, labels, parameters and schemas). */
  public RehearsalResult rehearse(Path changeLog, LiquibaseOptions options, RehearsalBase base, int rows) {
    Database database = server.createDatabase("integrity_rehearsal");
    try (Connection connection = database.connect()) {
      List<String> changeSets = migrator.pending(changeLog, connection, options);
      int old = base.oldChangeSets(changeSets);
      List<String> fresh = changeSets.subList(old, changeSets.size());
      if (old > 0) {
        migrator.updateCount(changeLog, connection, old, options);
      }
      Schema current = reader.read(connection);
      FilledRows filled = SyntheticRows.fill(connection, current, rows);
      log.info("Rehearsal: " + old + " changeSets applied, " + filled.tables().size() + " tables filled with " + rows
          + " rows each; applying the " + fresh.size() + " new changeSet" + (fresh.size() == 1 ? "" : "s") + " one at a time");
      ChangeSetSteps steps = new ChangeSetSteps(migrator, changeLog, options);
      List<String> applied = new ArrayList<>();
      boolean jsonCleared = false;
      for (String next : fresh) {
        Map<String, Integer> longest = Truncation.longest(connection, current);
        Optional<RefusedChangeSet> refused = apply(steps, connection, next);
        if (refused.isPresent() && !jsonCleared && JsonShape.refused(refused.get().reason())) {
          jsonCleared = true;
          List<String> cleared = JsonShape.clear(connection, current, filled.tables());
          List<String> notes = new ArrayList<>(filled.notes());
          notes.add("changeSet " + next + " expects JSON of another shape than the synthetic rows hold (" + refused.get().reason()
              + "): applied again with the JSON columns NULL (" + String.join(", ", cleared) + ")");
          filled = new FilledRows(filled.rowsPerTable(), filled.tables(), notes);
          refused = apply(steps, connection, next);
        }
        if (refused.isEmpty()) {
          current = reader.read(connection);
          refused = Truncation.find(longest, current).map(cut -> new RefusedChangeSet(cut, ""));
        }
        if (refused.isPresent()) {
          RehearsalResult.Refusal refusal = new RehearsalResult.Refusal(next, location(changeLog, next),
              refused.get().reason(), refused.get().statement());
          return new RehearsalResult(old, filled, applied, refusal, fresh.subList(applied.size() + 1, fresh.size()));
        }
        applied.add(next);
      }
      return new RehearsalResult(old, filled, applied, null, List.of());
    } catch (SQLException e) {
      throw new IntegrityException("rehearsal: cannot use the database " + database.name() + ": " + e.getMessage(), e);
    } finally {
      server.dropDatabase(database);
    }
  }

  /** Applies the changeSet {@code next}; why the database refused it, or empty when it applied. */
  private static Optional<RefusedChangeSet> apply(ChangeSetSteps steps, Connection connection, String next) throws SQLException {
    try {
      Optional<String> ran = steps.next(connection);
      if (ran.isPresent() && !ran.get().equals(next)) {
        throw new IntegrityException("rehearsal: changeSet " + ran.get() + " ran where " + next + " was expected");
      }
      return Optional.empty();
    } catch (IntegrityException e) {
      Optional<RefusedChangeSet> refused = RefusedChangeSet.of(e);
      if (refused.isEmpty()) {
        throw e;
      }
      return refused;
    }
  }

  /** Where the changeSet is declared ({@code file:line}), or its key when the changelog does not say. */
  private String location(Path changeLog, String key) {
    for (ChangeSet changeSet : migrator.parse(changeLog).getChangeSets()) {
      if (ChangeSetEntry.key(changeSet.getFilePath(), changeSet.getId(), changeSet.getAuthor()).equals(key)) {
        return locator.locate(changeSet);
      }
    }
    return key;
  }
}
