package dev.integrity.core.rollback;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.diff.ComparePolicy;
import dev.integrity.core.diff.Differ;
import dev.integrity.core.diff.Sides;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.migrate.ChangeSetEntry;
import dev.integrity.core.migrate.ChangeSetLocator;
import dev.integrity.core.migrate.ChangeSetSteps;
import dev.integrity.core.migrate.LiquibaseMigrator;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.changelog.ChangeSet;
import liquibase.database.core.PostgresDatabase;

/**
 * The rollback test: on a database of its own, applies the changelog one changeSet at a time, recording
 * the schema before each; then rolls back one changeSet at a time, from the last to the first, comparing
 * the schema after each rollback with the one recorded before that changeSet ran (the same reader and
 * differ as the main comparison); finally re-applies the whole changelog and compares with the fully
 * migrated schema. A changeSet whose rollback is missing, fails or is not exact is reported, and the
 * database is rebuilt up to the changeSet before it, so that one bad rollback is reported once and the
 * changeSets below it are still tested.
 */
public final class RollbackTester {

  private final DatabaseServer server;
  private final LiquibaseMigrator migrator;
  private final ChangeSetLocator locator;
  private final CatalogReader reader;
  private final Log log;

  public RollbackTester(DatabaseServer server, LiquibaseMigrator migrator, ChangeSetLocator locator, CatalogReader reader, Log log) {
    this.server = server;
    this.migrator = migrator;
    this.locator = locator;
    this.reader = reader;
    this.log = log;
  }

  public RollbackResult test(Path changeLog) {
    Map<String, ChangeSet> declared = new HashMap<>();
    for (ChangeSet changeSet : migrator.parse(changeLog).getChangeSets()) {
      declared.putIfAbsent(ChangeSetEntry.key(changeSet.getFilePath(), changeSet.getId(), changeSet.getAuthor()), changeSet);
    }
    Database database = server.createDatabase("integrity_rollback");
    try {
      List<Schema> before = new ArrayList<>();
      List<String> applied = new ArrayList<>();
      ChangeSetSteps steps = new ChangeSetSteps(migrator, changeLog);
      Schema current = read(database);
      for (int attempt = 0; attempt < declared.size(); attempt++) {
        try (Connection connection = database.connect()) {
          Optional<String> ran = steps.next(connection);
          if (ran.isPresent()) {
            before.add(current);
            applied.add(ran.get());
            current = read(database);
          }
        } catch (SQLException e) {
          throw new IntegrityException("rollback test: cannot connect to " + database.name() + ": " + e.getMessage(), e);
        }
      }
      Schema migrated = current;
      log.info("Rollback test: " + applied.size() + " changeSets applied one by one; rolling them back");
      List<RollbackProblem> problems = new ArrayList<>();
      for (int i = applied.size() - 1; i >= 0; i--) {
        RollbackProblem problem = rollBack(database, changeLog, declared.get(applied.get(i)), applied.get(i), before.get(i));
        if (problem != null) {
          problems.add(problem);
          database = rebuild(database, changeLog, i);
        }
      }
      RollbackProblem reapply = reapply(database, changeLog, migrated);
      if (reapply != null) {
        problems.add(reapply);
      }
      return new RollbackResult(applied.size(), problems);
    } finally {
      server.dropDatabase(database);
    }
  }

  private RollbackProblem rollBack(Database database, Path changeLog, ChangeSet changeSet, String name, Schema expected) {
    String location = changeSet == null ? name : locator.locate(changeSet);
    if (changeSet != null && !changeSet.supportsRollback(new PostgresDatabase())) {
      return new RollbackProblem(RollbackProblem.Kind.MISSING, name, location,
          "changeSet " + name + " has no rollback: Liquibase cannot derive one from its changes and it declares no <rollback>", List.of());
    }
    try (Connection connection = database.connect()) {
      migrator.rollbackCount(changeLog, connection, 1);
    } catch (IntegrityException | SQLException e) {
      return new RollbackProblem(RollbackProblem.Kind.FAILED, name, location,
          "the rollback of changeSet " + name + " fails: " + e.getMessage(), List.of());
    }
    List<Difference> leftovers = Differ.diff(expected, read(database), Origins.none(), ComparePolicy.EXACT, Sides.BEFORE_AND_ROLLED_BACK);
    if (leftovers.isEmpty()) {
      return null;
    }
    return new RollbackProblem(RollbackProblem.Kind.NOT_EXACT, name, location,
        "the rollback of changeSet " + name + " does not restore the schema: " + leftovers.size() + " difference"
            + (leftovers.size() == 1 ? "" : "s") + " remain", leftovers);
  }

  private RollbackProblem reapply(Database database, Path changeLog, Schema migrated) {
    try (Connection connection = database.connect()) {
      migrator.update(changeLog, connection);
    } catch (IntegrityException | SQLException e) {
      return new RollbackProblem(RollbackProblem.Kind.REAPPLY, null, changeLog.toString(),
          "after rolling everything back, the changelog no longer applies: " + e.getMessage(), List.of());
    }
    List<Difference> leftovers = Differ.diff(migrated, read(database), Origins.none(), ComparePolicy.EXACT, Sides.BEFORE_AND_ROLLED_BACK);
    return leftovers.isEmpty() ? null : new RollbackProblem(RollbackProblem.Kind.REAPPLY, null, changeLog.toString(),
        "after rolling everything back and applying it again, the schema differs from the first migration", leftovers);
  }

  /** A fresh database holding the first {@code changeSets} changeSets, in place of one a bad rollback left behind. */
  private Database rebuild(Database broken, Path changeLog, int changeSets) {
    server.dropDatabase(broken);
    Database fresh = server.createDatabase("integrity_rollback");
    if (changeSets > 0) {
      try (Connection connection = fresh.connect()) {
        migrator.updateCount(changeLog, connection, changeSets);
      } catch (SQLException e) {
        throw new IntegrityException("rollback test: cannot connect to " + fresh.name() + ": " + e.getMessage(), e);
      }
    }
    return fresh;
  }

  private Schema read(Database database) {
    try (Connection connection = database.connect()) {
      return reader.read(connection);
    } catch (SQLException e) {
      throw new IntegrityException("rollback test: cannot read the catalog of " + database.name() + ": " + e.getMessage(), e);
    }
  }
}
