package dev.integrity.core.changelog;

import dev.integrity.core.diff.Change;
import dev.integrity.core.schema.Identifiers;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
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
    if (change instanceof Change.DropTable c) {
      String backup = Names.constraint(PREFIX, c.object(), List.of());
      String target = Names.qualified(c.schema(), backup);
      String sql = "CREATE TABLE " + target + " AS TABLE " + Names.qualified(c.schema(), c.object()) + primaryKey(target, c.table());
      return List.of(backup(drop, sql, target), commented(drop, target));
    }
    if (change instanceof Change.DropColumn c) {
      Table table = migrated.table(c.schema(), c.object()).orElse(null);
      String backup = Names.constraint(PREFIX, c.object(), List.of(c.column().name()));
      String target = Names.qualified(c.schema(), backup);
      boolean keyed = table != null && table.primaryKey() != null && !table.primaryKey().columns().contains(c.column().name());
      String columns = keyed
          ? String.join(", ", table.primaryKey().columns().stream().map(Identifiers::quote).toList()) + ", " + Identifiers.quote(c.column().name())
          : "*";
      String sql = "CREATE TABLE " + target + " AS SELECT " + columns + " FROM " + Names.qualified(c.schema(), c.object())
          + (keyed ? primaryKey(target, table) : "");
      return List.of(backup(drop, sql, target), commented(drop, target));
    }
    return List.of(drop);
  }

  private static String primaryKey(String target, Table table) {
    return table.primaryKey() == null ? ""
        : ";\nALTER TABLE " + target + " ADD PRIMARY KEY (" + String.join(", ", table.primaryKey().columns().stream().map(Identifiers::quote).toList()) + ")";
  }

  private static ChangeSet backup(ChangeSet drop, String sql, String target) {
    ChangeSet backup = new ChangeSet("backup-" + drop.getId(), drop.getAuthor(), false, false, drop.getFilePath(), null, "postgresql", true, null, null);
    backup.addChange(new RawSQLChange(sql));
    backup.addRollbackChange(new RawSQLChange("DROP TABLE " + target));
    backup.setComments("copies the data that changeSet " + drop.getId() + " drops into " + target);
    return backup;
  }

  private static ChangeSet commented(ChangeSet drop, String target) {
    drop.setComments(drop.getComments() + ". The data is copied into " + target + " first (changeSet backup-" + drop.getId() + ")");
    return drop;
  }
}
