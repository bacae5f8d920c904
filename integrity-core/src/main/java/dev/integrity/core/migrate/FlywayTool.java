package dev.integrity.core.migrate;

import dev.integrity.core.changelog.BackupBeforeDrop;
import dev.integrity.core.changelog.ChangelogWriter;
import dev.integrity.core.changelog.FlywayFixWriter;
import dev.integrity.core.changelog.LockSafeFix;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.write.FlywayMigration;
import dev.integrity.core.write.NewMigration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import liquibase.changelog.ChangeSet;

/** Flyway migrations as the application's Flyway is configured; the fix is an SQL migration numbered after the migrated history. */
public record FlywayTool(FlywaySettings settings) implements MigrationTool {

  @Override
  public String name() {
    return "Flyway";
  }

  @Override
  public Path changeLog() {
    return null;
  }

  @Override
  public boolean reusesMigratedSchema() {
    return false;
  }

  /** Flyway's own validation (checksums, applied migrations missing, pending ones below the applied) judges a kept state. */
  @Override
  public PreparedMigration prepare(Database database, MigrationContext context, Log log) {
    try (FlywayMigrator migrator = new FlywayMigrator(context.classpath(), context.classpath().getURLs())) {
      return new PreparedMigration(new ChangeLogState(migrator.description() + "\nsettings=" + settings, List.of()),
          () -> migrate(database, context, log));
    }
  }

  @Override
  public List<ChangeSet> migrate(Database database, MigrationContext context, Log log) {
    try (FlywayMigrator migrator = new FlywayMigrator(context.classpath(), context.classpath().getURLs())) {
      log.info("Migrations: applied with " + migrator.description());
      settings.standIns().forEach(standIn -> log.warn(standIn.standInWarning()));
      migrator.migrate(database, settings);
    }
    return List.of();
  }

  @Override
  public List<ChangeSet> changeSets(MigrationContext context) {
    return List.of();
  }

  @Override
  public Optional<List<ChangeSetEntry>> expectedHistory(MigrationContext context) {
    return Optional.empty();
  }

  @Override
  public String historyTable() {
    return settings.historyTable();
  }

  @Override
  public String nextFix(Database migrated, MigrationContext context) {
    try (Connection connection = migrated.connect()) {
      return FlywayMigrator.nextVersion(connection, settings);
    } catch (SQLException e) {
      throw new IntegrityException("cannot read the Flyway history table " + settings.historyTable() + " of " + migrated.name() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ChangelogWriter.Written writeFix(List<Difference> differences, String fixName, Path directory, String author,
      BackupBeforeDrop backup, LockSafeFix lockSafe, MigrationContext context) {
    List<ChangeSet> changeSets = ChangelogWriter.changeSets(differences, author, "flyway", backup, lockSafeForms(lockSafe));
    Path file = FlywayFixWriter.write(changeSets, directory, settings.sqlMigrationPrefix(), fixName);
    int destructive = (int) changeSets.stream().filter(c -> c.getLabels() != null && !c.getLabels().isEmpty()).count();
    return new ChangelogWriter.Written(file, changeSets.size(), destructive);
  }

  @Override
  public LockSafeFix lockSafeForms(LockSafeFix requested) {
    return requested.forFlyway();
  }

  @Override
  public String writeMigration(NewMigration migration, MigrationContext context) {
    return FlywayMigration.write(settings.locations().get(0), settings.sqlMigrationPrefix(), migration);
  }

  @Override
  public List<String> fixInstructions(Path fix, int destructive) {
    if (fix == null) {
      return List.of();
    }
    Path config = fix.resolveSibling(fix.getFileName() + FlywayFixWriter.CONFIG_SUFFIX);
    return List.of("Review " + fix.getFileName() + ", then move it" + (Files.exists(config) ? " and " + config.getFileName()
        + " (Flyway runs it statement by statement: it has steps that must run outside a transaction)" : "")
        + " into your Flyway migrations (e.g. src/main/resources/db/migration).");
  }

  @Override
  public Optional<ChangeSetSteps> steps(MigrationContext context) {
    return Optional.empty();
  }

  @Override
  public LiquibaseTool requireRollback() {
    throw new IntegrityException("<rollbackTest> needs Liquibase migrations; this project's are Flyway's, whose community edition has no"
        + " rollback (undo). Set <rollbackTest>false</rollbackTest> (and do not run integrity:rollback-test) for this project.");
  }

  @Override
  public LiquibaseTool requireRehearsal() {
    throw new IntegrityException("<rehearse> needs Liquibase migrations for now: it steps through the changelog one changeSet at a time,"
        + " and this project's migrations are Flyway's. Set <rehearse>false</rehearse> (and do not run integrity:rehearse) for this project.");
  }
}
