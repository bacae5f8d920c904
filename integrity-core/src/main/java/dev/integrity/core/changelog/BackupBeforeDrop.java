package dev.integrity.core.changelog;

import dev.integrity.core.diff.Change;
import dev.integrity.core.schema.Schema;
import java.util.List;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;

/**
 * Nothing dropped without a copy ({@code backupBeforeDrop}): puts before each changeSet of the fix that
 * drops a table or a column one that copies the data into {@code integrity_backup_<table>[_<column>]},
 * with the table's primary key (a dropped column's copy holds the key columns and the column; a table
 * without a primary key is copied whole), and says in the drop's comment where the copy is. The plugin
 * never reports these tables; dropping them once the data is no longer wanted is the user's call.
 */
public final class BackupBeforeDrop {

  public static final String PREFIX = "integrity_backup";

  /** No backups: drops stand alone. */
  public static final BackupBeforeDrop OFF = new BackupBeforeDrop(null);

  private final Schema migrated;

  private BackupBeforeDrop(Schema migrated) {
    this.migrated = migrated;
  }

  /** Backups of the data in {@code migrated}, the database the fix applies to (it knows the primary keys). */
  public static BackupBeforeDrop of(Schema migrated) {
    return new BackupBeforeDrop(migrated);
  }

  /** The changeSets of one step of the fix: the backup and then {@code drop} for a drop, else {@code drop} alone. */
  List<ChangeSet> around(Change change, ChangeSet drop) {
    if (migrated == null) {
      return List.of(drop);
    }
    return change.accept(new BackupCopies(migrated))
        .map(copy -> List.of(backup(drop, copy), commented(drop, copy.target())))
        .orElse(List.of(drop));
  }

  private static ChangeSet backup(ChangeSet drop, BackupCopies.Copy copy) {
    ChangeSet backup = new ChangeSet("backup-" + drop.getId(), drop.getAuthor(), false, false, drop.getFilePath(), null, "postgresql", true, null, null);
    backup.addChange(new RawSQLChange(copy.sql()));
    backup.addRollbackChange(new RawSQLChange("DROP TABLE " + copy.target()));
    backup.setComments("copies the data that changeSet " + drop.getId() + " drops into " + copy.target());
    return backup;
  }

  private static ChangeSet commented(ChangeSet drop, String target) {
    drop.setComments(drop.getComments() + ". The data is copied into " + target + " first (changeSet backup-" + drop.getId() + ")");
    return drop;
  }
}
