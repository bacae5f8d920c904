package dev.integrity.core.migrate;

import java.util.List;
import java.util.function.Supplier;
import liquibase.changelog.ChangeSet;

/**
 * The migrations read for one database before they run: the {@code state} that decides what they apply there (the
 * kept-state cache's key), and the {@code migration} of that database, which uses what was read rather than reading
 * the migrations again.
 */
public record PreparedMigration(ChangeLogState state, Supplier<List<ChangeSet>> migration) {

  /** Applies what the database's history does not record as applied; as {@link MigrationTool#migrate} does and returns. */
  public List<ChangeSet> migrate() {
    return migration.get();
  }
}
