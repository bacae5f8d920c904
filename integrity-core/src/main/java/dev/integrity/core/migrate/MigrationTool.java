package dev.integrity.core.migrate;

import dev.integrity.core.changelog.BackupBeforeDrop;
import dev.integrity.core.changelog.ChangelogWriter;
import dev.integrity.core.changelog.LockSafeFix;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.write.NewMigration;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import liquibase.changelog.ChangeSet;

/**
 * What the goals need of a migration tool, and the only place that knows which tool it is: apply the
 * migrations, list them, write a fix in the tool's own form and say how to include it, roll back or not,
 * and what a live database's history must record. A new tool is one more implementation (see
 * docs/ARCHITECTURE.md, "Adding a migration tool").
 */
public sealed interface MigrationTool permits LiquibaseTool, FlywayTool {

  /** The tool's name in messages: {@code Liquibase}, {@code Flyway}. */
  String name();

  /** The master changelog (report locations, the run cache's key), or null when the migrations have none. */
  Path changeLog();

  /** Whether a migrated schema kept from an earlier run may stand in for migrating (not when the fix's name comes from the migrated history). */
  boolean reusesMigratedSchema();

  /**
   * The migrations read for {@code database}: what decides what they apply (see {@link ChangeLogState}; a database
   * migrated earlier under the same settings, whose changeSets the changelog still starts with, only needs the new ones),
   * and the migration of {@code database} that uses what was read.
   */
  PreparedMigration prepare(Database database, MigrationContext context, Log log);

  /**
   * Applies every migration to {@code database} that its history does not record as applied, and returns the
   * changeSets as it parsed them, the lints' input (none when the migrations are plain SQL files).
   */
  List<ChangeSet> migrate(Database database, MigrationContext context, Log log);

  /** The changeSets the lints read when no migration ran (a kept migrated schema stood in); as {@link #migrate} returns them. */
  List<ChangeSet> changeSets(MigrationContext context);

  /** What a live database's history table must record for these migrations, or empty when the tool's history is not compared. */
  Optional<List<ChangeSetEntry>> expectedHistory(MigrationContext context);

  /** The history table the tool keeps in a migrated database. */
  String historyTable();

  /** {@code schema} without the history table under the name the application gives it (Flyway's {@code table}): never compared. */
  default Schema withoutHistoryTable(Schema schema) {
    return new Schema(schema.tables().stream().filter(table -> !table.name().equals(historyTable())).toList(), schema.views(),
        schema.sequences(), schema.enumTypes(), schema.extensions());
  }

  /**
   * The name the fix gets, decided while the migrated database is at hand.
   *
   * @param migrated the migrated database, null when a kept migrated schema stood in for it (only when {@link #reusesMigratedSchema()})
   */
  String nextFix(Database migrated, MigrationContext context);

  /** The lock-safe forms the tool's fix takes when {@code requested}: the ones it can run (see {@link LockSafeFix#forFlyway()}). */
  LockSafeFix lockSafeForms(LockSafeFix requested);

  /** Writes {@code differences} (not empty) as the fix named {@code fixName} into {@code directory}. */
  ChangelogWriter.Written writeFix(List<Difference> differences, String fixName, Path directory, String author, BackupBeforeDrop backup,
      LockSafeFix lockSafe, MigrationContext context);

  /**
   * Writes the fix into the project as its next migration ({@code integrity:diff -Dintegrity.write=true}), in the tool's own
   * form and place, and returns the console line naming the file.
   */
  String writeMigration(NewMigration migration, MigrationContext context);

  /** What {@code integrity:diff} tells the user about the fix (null: nothing to fix). */
  List<String> fixInstructions(Path fix, int destructive);

  /**
   * The migrations applied a changeSet at a time, with the run's settings (the observer of new changeSets); empty when
   * the tool's migrations cannot be stepped here (Flyway's).
   */
  Optional<ChangeSetSteps> steps(MigrationContext context);

  /** This tool as one whose changeSets roll back one at a time; an {@code IntegrityException} when it has no rollback. */
  LiquibaseTool requireRollback();

  /** This tool as one whose changeSets apply one at a time over a filled database; an {@code IntegrityException} when it cannot. */
  LiquibaseTool requireRehearsal();
}
