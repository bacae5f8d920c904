package dev.integrity.core.migrate;

import dev.integrity.core.changelog.BackupBeforeDrop;
import dev.integrity.core.changelog.ChangelogWriter;
import dev.integrity.core.changelog.FixInstructions;
import dev.integrity.core.changelog.LockSafeFix;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.database.Database;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.write.LiquibaseMigration;
import dev.integrity.core.write.NewMigration;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import liquibase.changelog.ChangeSet;

/** Liquibase migrations: a master changelog; the fix is a changelog in the configured format. */
public record LiquibaseTool(Path changeLog) implements MigrationTool {

  @Override
  public String name() {
    return "Liquibase";
  }

  @Override
  public boolean reusesMigratedSchema() {
    return true;
  }

  @Override
  public PreparedMigration prepare(Database database, MigrationContext context, Log log) {
    LiquibaseMigrator liquibase = context.liquibase();
    LiquibaseOptions options = options(context, log);
    PreparedUpdate update = withConnection(database, connection -> liquibase.prepareUpdate(changeLog, connection, options, log));
    return new PreparedMigration(update.state(),
        () -> withConnection(database, connection -> liquibase.update(changeLog, connection, update, options).getChangeSets()));
  }

  @Override
  public List<ChangeSet> migrate(Database database, MigrationContext context, Log log) {
    return withConnection(database, connection -> context.liquibase().update(changeLog, connection, options(context, log), log).getChangeSets());
  }

  private static <T> T withConnection(Database database, Function<Connection, T> work) {
    try (Connection connection = database.connect()) {
      return work.apply(connection);
    } catch (SQLException e) {
      throw new IntegrityException("cannot migrate the scratch database " + database.name() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<ChangeSet> changeSets(MigrationContext context) {
    return context.liquibase().parse(changeLog).getChangeSets();
  }

  @Override
  public Optional<List<ChangeSetEntry>> expectedHistory(MigrationContext context) {
    return Optional.of(context.liquibase().changeSets(changeLog));
  }

  @Override
  public String historyTable() {
    return "databasechangelog";
  }

  @Override
  public String nextFix(Database migrated, MigrationContext context) {
    return context.fixFormat().fileName();
  }

  @Override
  public ChangelogWriter.Written writeFix(List<Difference> differences, String fixName, Path directory, String author,
      BackupBeforeDrop backup, LockSafeFix lockSafe, MigrationContext context) {
    return ChangelogWriter.write(differences, directory, context.fixFormat(), author, backup, lockSafeForms(lockSafe));
  }

  @Override
  public LockSafeFix lockSafeForms(LockSafeFix requested) {
    return requested;
  }

  @Override
  public String writeMigration(NewMigration migration, MigrationContext context) {
    return LiquibaseMigration.write(changeLog, context.liquibase().changeSets(changeLog).stream().map(ChangeSetEntry::id).toList(), migration);
  }

  @Override
  public List<String> fixInstructions(Path fix, int destructive) {
    return FixInstructions.lines(changeLog, fix, destructive);
  }

  @Override
  public LiquibaseTool requireRollback() {
    return this;
  }

  @Override
  public LiquibaseTool requireRehearsal() {
    return this;
  }

  /** The contexts, labels, parameters and schemas the application applies the changelog with. */
  public static LiquibaseOptions options(MigrationContext context, Log log) {
    return LiquibaseOptions.resolve(context.contexts(), context.labels(), context.changeLogParameters(), context.settingsRoots(),
        context.profiles(), log);
  }

  @Override
  public Optional<ChangeSetSteps> steps(MigrationContext context) {
    return Optional.of(new ChangeSetSteps(context.liquibase(), changeLog, options(context, Log.SILENT)));
  }

  /** The migrator the rollback test and the rehearsal step through the changelog with. */
  public LiquibaseMigrator migrator(MigrationContext context) {
    return context.liquibase();
  }
}
