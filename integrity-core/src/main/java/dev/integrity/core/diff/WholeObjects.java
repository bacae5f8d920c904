package dev.integrity.core.diff;

import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.Table;
import java.util.Optional;

/**
 * The table a step of the fix creates or drops whole, or the column it adds or drops whole: what a rename
 * could stand for. The other steps touch a table or column that stays (an index carries its table, a type
 * change its column) and stand for none.
 */
final class WholeObjects implements Change.Visitor<Optional<WholeObjects.Whole>> {

  /** A whole table, or a whole column. */
  record Whole(Optional<Table> table, Optional<Column> column) {}

  static final WholeObjects OF = new WholeObjects();

  private WholeObjects() {}

  @Override
  public Optional<Whole> createTable(Change.CreateTable change) {
    return Optional.of(new Whole(Optional.of(change.table()), Optional.empty()));
  }

  @Override
  public Optional<Whole> dropTable(Change.DropTable change) {
    return Optional.of(new Whole(Optional.of(change.table()), Optional.empty()));
  }

  @Override
  public Optional<Whole> addColumn(Change.AddColumn change) {
    return Optional.of(new Whole(Optional.empty(), Optional.of(change.column())));
  }

  @Override
  public Optional<Whole> dropColumn(Change.DropColumn change) {
    return Optional.of(new Whole(Optional.empty(), Optional.of(change.column())));
  }

  @Override
  public Optional<Whole> alterColumnType(Change.AlterColumnType change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> setNullability(Change.SetNullability change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> setDefault(Change.SetDefault change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> addPrimaryKey(Change.AddPrimaryKey change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> dropPrimaryKey(Change.DropPrimaryKey change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> addForeignKey(Change.AddForeignKey change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> dropForeignKey(Change.DropForeignKey change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> addIndex(Change.AddIndex change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> dropIndex(Change.DropIndex change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> addCheck(Change.AddCheck change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> dropCheck(Change.DropCheck change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> createSequence(Change.CreateSequence change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> dropSequence(Change.DropSequence change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> alterSequence(Change.AlterSequence change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> createEnumType(Change.CreateEnumType change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> addEnumLabels(Change.AddEnumLabels change) {
    return Optional.empty();
  }

  @Override
  public Optional<Whole> dropEnumType(Change.DropEnumType change) {
    return Optional.empty();
  }
}
