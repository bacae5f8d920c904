package dev.integrity.core.changelog;

import dev.integrity.core.diff.Change;
import dev.integrity.core.schema.Identifiers;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * The copy {@code backupBeforeDrop} makes before a step of the fix: a dropped table's rows, a dropped
 * column's values with the table's primary key. Every other step gets none: {@code backupBeforeDrop} keeps
 * rows and column values, not sequences, types or constraints.
 */
final class BackupCopies implements Change.Visitor<Optional<BackupCopies.Copy>> {

  /** The SQL that copies the data into {@code target}. */
  record Copy(String target, String sql) {}

  private final Schema migrated;

  BackupCopies(Schema migrated) {
    this.migrated = migrated;
  }

  @Override
  public Optional<Copy> createTable(Change.CreateTable change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> dropTable(Change.DropTable change) {
    String target = Names.qualified(change.schema(), Names.constraint(BackupBeforeDrop.PREFIX, change.object(), List.of()));
    return Optional.of(new Copy(target,
        "CREATE TABLE " + target + " AS TABLE " + Names.qualified(change.schema(), change.object()) + primaryKey(target, change.table())));
  }

  @Override
  public Optional<Copy> addColumn(Change.AddColumn change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> dropColumn(Change.DropColumn change) {
    Table table = migrated.table(change.schema(), change.object()).orElse(null);
    String column = change.column().name();
    String target = Names.qualified(change.schema(), Names.constraint(BackupBeforeDrop.PREFIX, change.object(), List.of(column)));
    boolean keyed = table != null && table.primaryKey() != null && !table.primaryKey().columns().contains(column);
    String columns = keyed ? quoted(table.primaryKey().columns()) + ", " + Identifiers.quote(column) : "*";
    return Optional.of(new Copy(target, "CREATE TABLE " + target + " AS SELECT " + columns + " FROM " + Names.qualified(change.schema(), change.object())
        + (keyed ? primaryKey(target, table) : "")));
  }

  @Override
  public Optional<Copy> alterColumnType(Change.AlterColumnType change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> setNullability(Change.SetNullability change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> setDefault(Change.SetDefault change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> addPrimaryKey(Change.AddPrimaryKey change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> dropPrimaryKey(Change.DropPrimaryKey change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> addForeignKey(Change.AddForeignKey change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> dropForeignKey(Change.DropForeignKey change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> addIndex(Change.AddIndex change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> dropIndex(Change.DropIndex change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> addCheck(Change.AddCheck change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> dropCheck(Change.DropCheck change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> createSequence(Change.CreateSequence change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> dropSequence(Change.DropSequence change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> alterSequence(Change.AlterSequence change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> createEnumType(Change.CreateEnumType change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> addEnumLabels(Change.AddEnumLabels change) {
    return Optional.empty();
  }

  @Override
  public Optional<Copy> dropEnumType(Change.DropEnumType change) {
    return Optional.empty();
  }

  private static String primaryKey(String target, Table table) {
    return table.primaryKey() == null ? "" : ";\nALTER TABLE " + target + " ADD PRIMARY KEY (" + quoted(table.primaryKey().columns()) + ")";
  }

  private static String quoted(List<String> columns) {
    return String.join(", ", columns.stream().map(Identifiers::quote).toList());
  }
}
