package dev.integrity.core.changelog;

import dev.integrity.core.diff.Change;
import dev.integrity.core.schema.Check;
import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Identifiers;
import dev.integrity.core.schema.Index;
import dev.integrity.core.schema.Sequence;
import dev.integrity.core.schema.Table;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import liquibase.change.AddColumnConfig;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddDefaultValueChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.AddPrimaryKeyChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.AlterSequenceChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropDefaultValueChange;
import liquibase.change.core.DropForeignKeyConstraintChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.DropPrimaryKeyChange;
import liquibase.change.core.DropSequenceChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.DropUniqueConstraintChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RawSQLChange;
import liquibase.statement.DatabaseFunction;

/**
 * Turns one step of the fix into Liquibase's own change types, and SQL where Liquibase has none
 * (expression and partial indexes, checks, enum types, identity), with the rollback for those: one method
 * per step of {@link Change.Visitor}. With {@link LockSafeFix#ON}, a step on a table that exists before the fix
 * takes PostgreSQL's lock-safe form, which may need more than one changeSet (see {@link LockSafeForms}).
 */
final class LiquibaseChanges implements Change.Visitor<LiquibaseChanges.Translation> {

  /**
   * The changes of one changeSet and, where Liquibase cannot derive it, its rollback; {@code note}, when not null,
   * adds to the changeSet's comment; {@code later} are the changeSets the step continues with, each under its own
   * {@code suffix} to the step's id.
   */
  record Translation(String suffix, List<liquibase.change.Change> changes, List<liquibase.change.Change> rollback, boolean transactional,
      String note, List<Translation> later) {

    static Translation of(liquibase.change.Change change) {
      return of(List.of(change), List.of());
    }

    static Translation of(List<liquibase.change.Change> changes, List<liquibase.change.Change> rollback) {
      return new Translation("", changes, rollback, true, null, List.of());
    }

    static Translation sql(String sql, String rollbackSql) {
      return of(List.of(new RawSQLChange(sql)), rollbackSql == null ? List.of() : List.of(new RawSQLChange(rollbackSql)));
    }

    /** For the steps Liquibase cannot reverse by itself: drops and type changes. */
    Translation rollback(liquibase.change.Change... undo) {
      return new Translation(suffix, changes, List.of(undo), transactional, note, later);
    }

    Translation withChanges(List<liquibase.change.Change> newChanges, List<liquibase.change.Change> newRollback) {
      return new Translation(suffix, newChanges, newRollback, transactional, note, later);
    }

    /** Run outside a transaction: what PostgreSQL refuses inside one ({@code CONCURRENTLY}), or needs committed alone. */
    Translation outsideTransaction() {
      return new Translation(suffix, changes, rollback, false, note, later);
    }

    Translation noted(String text) {
      return new Translation(suffix, changes, rollback, transactional, text, later);
    }

    /** This changeSet, then {@code next} in a changeSet whose id ends in {@code -suffix}. */
    Translation then(String nextSuffix, Translation next) {
      List<Translation> all = new ArrayList<>(later);
      all.add(new Translation(nextSuffix, next.changes, next.rollback, next.transactional, next.note, List.of()));
      return new Translation(suffix, changes, rollback, transactional, note, List.copyOf(all));
    }

    /** The changeSets in order: this one, then the later ones. */
    List<Translation> changeSets() {
      List<Translation> all = new ArrayList<>();
      all.add(new Translation(suffix, changes, rollback, transactional, note, List.of()));
      all.addAll(later);
      return all;
    }
  }

  private static final Map<String, String> SERIALS = Map.of("smallint", "smallserial", "integer", "serial", "bigint", "bigserial");

  private final LockSafeForms lockSafe;

  private LiquibaseChanges(LockSafeForms lockSafe) {
    this.lockSafe = lockSafe;
  }

  /**
   * The changeSets of one step, in order.
   *
   * @param createdTables the tables, {@link Names#qualified qualified}, that the fix creates: empty, they need no lock-safe form
   */
  static List<Translation> translate(Change change, LockSafeFix lockSafeFix, Set<String> createdTables) {
    LockSafeForms forms = new LockSafeForms(lockSafeFix, createdTables);
    return change.accept(new LiquibaseChanges(forms)).changeSets().stream().map(QuotedTypes::spelledOut).toList();
  }

  @Override
  public Translation createTable(Change.CreateTable c) {
    return createTableWithChecks(c.table());
  }

  @Override
  public Translation dropTable(Change.DropTable c) {
    DropTableChange drop = new DropTableChange();
    drop.setSchemaName(c.schema());
    drop.setTableName(c.object());
    drop.setCascadeConstraints(true);
    return Translation.of(drop).rollback(createTable(c.table()));
  }

  @Override
  public Translation addColumn(Change.AddColumn c) {
    return Translation.of(addColumn(c.schema(), c.object(), c.column()));
  }

  @Override
  public Translation dropColumn(Change.DropColumn c) {
    DropColumnChange drop = new DropColumnChange();
    drop.setSchemaName(c.schema());
    drop.setTableName(c.object());
    drop.setColumnName(c.column().name());
    return Translation.of(drop).rollback(addColumn(c.schema(), c.object(), c.column()));
  }

  @Override
  public Translation alterColumnType(Change.AlterColumnType c) {
    Translation alter = Translation.of(modifyDataType(c.schema(), c.object(), c.to())).rollback(modifyDataType(c.schema(), c.object(), c.from()));
    return lockSafe.appliesTo(c.schema(), c.object()) && TableRewrite.rewrites(c.from().type(), c.to().type())
        ? alter.noted(LockSafeForms.swapAlternative(c.schema(), c.object(), c.from(), c.to())) : alter;
  }

  @Override
  public Translation setNullability(Change.SetNullability c) {
    return !c.to().nullable() && lockSafe.appliesTo(c.schema(), c.object())
        ? LockSafeForms.notNull(c.schema(), c.object(), c.to().name()) : Translation.of(nullability(c));
  }

  @Override
  public Translation setDefault(Change.SetDefault c) {
    String table = Names.qualified(c.schema(), c.object());
    String column = Identifiers.quote(c.to().name());
    if (c.to().identity() != Column.Identity.NONE) {
      String generation = c.to().identity() == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
      return Translation.sql("ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP DEFAULT;\n"
              + "ALTER TABLE " + table + " ALTER COLUMN " + column + " ADD GENERATED " + generation + " AS IDENTITY",
          "ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP IDENTITY IF EXISTS");
    }
    if (c.to().defaultValue() == null) {
      DropDefaultValueChange drop = new DropDefaultValueChange();
      drop.setSchemaName(c.schema());
      drop.setTableName(c.object());
      drop.setColumnName(c.to().name());
      drop.setColumnDataType(c.to().type());
      RawSQLChange dropIdentity = new RawSQLChange("ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP IDENTITY IF EXISTS");
      return Translation.of(List.of(dropIdentity, drop), List.of());
    }
    AddDefaultValueChange add = new AddDefaultValueChange();
    add.setSchemaName(c.schema());
    add.setTableName(c.object());
    add.setColumnName(c.to().name());
    add.setColumnDataType(c.to().type());
    add.setDefaultValueComputed(new DatabaseFunction(c.to().defaultValue()));
    return Translation.of(add);
  }

  @Override
  public Translation addPrimaryKey(Change.AddPrimaryKey c) {
    return Translation.of(addPrimaryKey(c.schema(), c.object(), c.key().columns(), Names.constraint("pk", c.object(), List.of())));
  }

  @Override
  public Translation dropPrimaryKey(Change.DropPrimaryKey c) {
    DropPrimaryKeyChange drop = new DropPrimaryKeyChange();
    drop.setSchemaName(c.schema());
    drop.setTableName(c.object());
    drop.setConstraintName(c.key().name());
    return Translation.of(drop).rollback(addPrimaryKey(c.schema(), c.object(), c.key().columns(), c.key().name()));
  }

  @Override
  public Translation addForeignKey(Change.AddForeignKey c) {
    String name = Names.constraint("fk", c.object(), c.key().columns());
    return lockSafe.appliesTo(c.schema(), c.object())
        ? LockSafeForms.foreignKey(c.schema(), c.object(), c.key(), name) : Translation.of(addForeignKey(c.schema(), c.object(), c.key(), name));
  }

  @Override
  public Translation dropForeignKey(Change.DropForeignKey c) {
    DropForeignKeyConstraintChange drop = new DropForeignKeyConstraintChange();
    drop.setBaseTableSchemaName(c.schema());
    drop.setBaseTableName(c.object());
    drop.setConstraintName(c.key().name());
    return Translation.of(drop).rollback(addForeignKey(c.schema(), c.object(), c.key(), c.key().name()));
  }

  @Override
  public Translation addIndex(Change.AddIndex c) {
    String name = Names.constraint(c.index().unique() ? "ux" : "ix", c.table().name(), c.index().keys());
    if (lockSafe.concurrently(c.schema(), c.object())) {
      return LockSafeForms.index(c.table(), c.index(), name);
    }
    Translation plain = addIndex(c.table(), c.index(), name);
    return lockSafe.appliesTo(c.schema(), c.object()) ? plain.noted(LockSafeForms.concurrentAlternative(c.table(), c.index(), name)) : plain;
  }

  @Override
  public Translation dropIndex(Change.DropIndex c) {
    return dropIndex(c.table(), c.index());
  }

  @Override
  public Translation addCheck(Change.AddCheck c) {
    String name = checkName(c.object(), c.check());
    return lockSafe.appliesTo(c.schema(), c.object()) ? LockSafeForms.check(c.schema(), c.object(), c.check(), name)
        : Translation.sql(addCheck(c.schema(), c.object(), c.check(), name), LockSafeForms.dropConstraint(c.schema(), c.object(), name));
  }

  @Override
  public Translation dropCheck(Change.DropCheck c) {
    return Translation.sql(LockSafeForms.dropConstraint(c.schema(), c.object(), Identifiers.quote(c.check().name())),
        addCheck(c.schema(), c.object(), c.check(), Identifiers.quote(c.check().name())));
  }

  @Override
  public Translation createSequence(Change.CreateSequence c) {
    return Translation.of(createSequence(c.sequence()));
  }

  @Override
  public Translation dropSequence(Change.DropSequence c) {
    DropSequenceChange drop = new DropSequenceChange();
    drop.setSchemaName(c.schema());
    drop.setSequenceName(c.object());
    return Translation.of(drop).rollback(createSequence(c.sequence()));
  }

  @Override
  public Translation alterSequence(Change.AlterSequence c) {
    AlterSequenceChange alter = new AlterSequenceChange();
    alter.setSchemaName(c.schema());
    alter.setSequenceName(c.object());
    alter.setIncrementBy(BigInteger.valueOf(c.to().increment()));
    return Translation.of(List.of(alter), List.of(alterBack(c)));
  }

  @Override
  public Translation createEnumType(Change.CreateEnumType c) {
    return Translation.sql(createEnumType(c.schema(), c.object(), c.type().labels()), "DROP TYPE " + Names.qualified(c.schema(), c.object()));
  }

  /** PostgreSQL can add enum labels but not remove them; ADD VALUE must not share a transaction with their use. */
  @Override
  public Translation addEnumLabels(Change.AddEnumLabels c) {
    StringBuilder sql = new StringBuilder();
    List<String> labels = c.to().labels();
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      if (!c.from().labels().contains(label)) {
        if (!sql.isEmpty()) {
          sql.append(";\n");
        }
        sql.append("ALTER TYPE ").append(Names.qualified(c.schema(), c.object())).append(" ADD VALUE IF NOT EXISTS ").append(Names.literal(label));
        if (i > 0) {
          sql.append(" AFTER ").append(Names.literal(labels.get(i - 1)));
        }
      }
    }
    if (sql.isEmpty()) {
      sql.append("SELECT 1");
    }
    return Translation.sql(sql.toString(), "SELECT 1").outsideTransaction();
  }

  @Override
  public Translation dropEnumType(Change.DropEnumType c) {
    return Translation.sql("DROP TYPE " + Names.qualified(c.schema(), c.object()), createEnumType(c.schema(), c.object(), c.type().labels()));
  }

  private static String createEnumType(String schema, String name, List<String> labels) {
    return "CREATE TYPE " + Names.qualified(schema, name) + " AS ENUM (" + labels.stream().map(Names::literal).collect(Collectors.joining(", ")) + ")";
  }

  /** Liquibase's createTable has no check constraints: they follow as SQL in the same changeSet. */
  private static Translation createTableWithChecks(Table table) {
    if (table.checks().isEmpty()) {
      return Translation.of(createTable(table));
    }
    List<liquibase.change.Change> changes = new ArrayList<>();
    changes.add(createTable(table));
    for (Check check : table.checks()) {
      changes.add(new RawSQLChange(addCheck(table.schema(), table.name(), check, checkName(table.name(), check))));
    }
    DropTableChange drop = new DropTableChange();
    drop.setSchemaName(table.schema());
    drop.setTableName(table.name());
    return Translation.of(changes, List.of(drop));
  }

  private static String checkName(String table, Check check) {
    return Names.constraint("ck", table, List.of(Integer.toHexString(check.expression().hashCode())));
  }

  private static String addCheck(String schema, String table, Check check, String quotedName) {
    return "ALTER TABLE " + Names.qualified(schema, table) + " ADD CONSTRAINT " + quotedName + " CHECK (" + check.expression() + ")";
  }

  private static AddColumnChange addColumn(String schema, String table, Column column) {
    AddColumnChange add = new AddColumnChange();
    add.setSchemaName(schema);
    add.setTableName(table);
    AddColumnConfig config = new AddColumnConfig();
    column(config, column, null);
    add.addColumn(config);
    return add;
  }

  private static ModifyDataTypeChange modifyDataType(String schema, String table, Column column) {
    ModifyDataTypeChange modify = new ModifyDataTypeChange();
    modify.setSchemaName(schema);
    modify.setTableName(table);
    modify.setColumnName(column.name());
    modify.setNewDataType(QuotedTypes.placeholder(column.type()));
    return modify;
  }

  private static AddPrimaryKeyChange addPrimaryKey(String schema, String table, List<String> columns, String name) {
    AddPrimaryKeyChange add = new AddPrimaryKeyChange();
    add.setSchemaName(schema);
    add.setTableName(table);
    add.setColumnNames(String.join(", ", columns));
    add.setConstraintName(name);
    return add;
  }

  private static CreateSequenceChange createSequence(Sequence sequence) {
    CreateSequenceChange create = new CreateSequenceChange();
    create.setSchemaName(sequence.schema());
    create.setSequenceName(sequence.name());
    create.setStartValue(BigInteger.valueOf(sequence.start()));
    create.setIncrementBy(BigInteger.valueOf(sequence.increment()));
    create.setDataType(sequence.dataType());
    return create;
  }

  private static CreateTableChange createTable(Table table) {
    CreateTableChange create = new CreateTableChange();
    create.setSchemaName(table.schema());
    create.setTableName(table.name());
    for (Column column : table.columns()) {
      ColumnConfig config = new ColumnConfig();
      column(config, column, table.primaryKey() != null && table.primaryKey().columns().contains(column.name())
          ? Names.constraint("pk", table.name(), List.of()) : null);
      create.addColumn(config);
    }
    return create;
  }

  private static void column(ColumnConfig config, Column column, String primaryKeyName) {
    config.setName(column.name());
    config.setType(serial(column) ? SERIALS.get(column.type()) : QuotedTypes.placeholder(column.type()));
    ConstraintsConfig constraints = new ConstraintsConfig();
    constraints.setNullable(column.nullable());
    if (primaryKeyName != null) {
      constraints.setPrimaryKey(true);
      constraints.setPrimaryKeyName(primaryKeyName);
    }
    config.setConstraints(constraints);
    if (serial(column)) {
      config.setAutoIncrement(true);
    } else if (column.identity() != Column.Identity.NONE) {
      config.setAutoIncrement(true);
      config.setGenerationType(column.identity() == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT");
    } else if (column.defaultValue() != null && !serial(column)) {
      config.setDefaultValueComputed(new DatabaseFunction(column.defaultValue()));
    }
  }

  /** A serial's default draws from a sequence the column owns: created as serial, PostgreSQL makes that sequence too. */
  private static boolean serial(Column column) {
    return column.identity() == Column.Identity.NONE && column.generated() && SERIALS.containsKey(column.type());
  }

  private static liquibase.change.Change nullability(Change.SetNullability c) {
    if (c.to().nullable()) {
      DropNotNullConstraintChange drop = new DropNotNullConstraintChange();
      drop.setSchemaName(c.schema());
      drop.setTableName(c.object());
      drop.setColumnName(c.to().name());
      drop.setColumnDataType(c.to().type());
      return drop;
    }
    AddNotNullConstraintChange add = new AddNotNullConstraintChange();
    add.setSchemaName(c.schema());
    add.setTableName(c.object());
    add.setColumnName(c.to().name());
    add.setColumnDataType(c.to().type());
    return add;
  }

  private static AddForeignKeyConstraintChange addForeignKey(String schema, String table, ForeignKey key, String name) {
    AddForeignKeyConstraintChange add = new AddForeignKeyConstraintChange();
    add.setBaseTableSchemaName(schema);
    add.setBaseTableName(table);
    add.setBaseColumnNames(String.join(", ", key.columns()));
    add.setReferencedTableSchemaName(key.referencedSchema());
    add.setReferencedTableName(key.referencedTable());
    add.setReferencedColumnNames(String.join(", ", key.referencedColumns()));
    add.setConstraintName(name);
    add.setOnDelete(key.onDelete());
    add.setOnUpdate(key.onUpdate());
    return add;
  }

  private static Translation addIndex(Table table, Index index, String name) {
    List<String> columns = index.columnKeys(table).orElse(null);
    boolean plain = columns != null && "btree".equals(index.method()) && index.predicate() == null;
    if (plain && index.constraint()) {
      AddUniqueConstraintChange add = new AddUniqueConstraintChange();
      add.setSchemaName(table.schema());
      add.setTableName(table.name());
      add.setColumnNames(String.join(", ", columns));
      add.setConstraintName(name);
      return Translation.of(add);
    }
    if (plain) {
      CreateIndexChange create = new CreateIndexChange();
      create.setSchemaName(table.schema());
      create.setTableName(table.name());
      create.setIndexName(name);
      create.setUnique(index.unique() ? Boolean.TRUE : null);
      for (String key : columns) {
        create.addColumn(new liquibase.change.AddColumnConfig(new liquibase.structure.core.Column(key)));
      }
      return Translation.of(create);
    }
    return Translation.sql(LockSafeForms.createIndex(table, index, name, false), "DROP INDEX " + Names.qualified(table.schema(), name));
  }

  private static Translation dropIndex(Table table, Index index) {
    if (index.constraint()) {
      DropUniqueConstraintChange drop = new DropUniqueConstraintChange();
      drop.setSchemaName(table.schema());
      drop.setTableName(table.name());
      drop.setConstraintName(index.name());
      return Translation.of(drop).rollback(addIndex(table, index, index.name()).changes().get(0));
    }
    DropIndexChange drop = new DropIndexChange();
    drop.setSchemaName(table.schema());
    drop.setTableName(table.name());
    drop.setIndexName(index.name());
    return Translation.of(drop).rollback(addIndex(table, index, index.name()).changes().get(0));
  }

  private static liquibase.change.Change alterBack(Change.AlterSequence c) {
    AlterSequenceChange back = new AlterSequenceChange();
    back.setSchemaName(c.schema());
    back.setSequenceName(c.object());
    back.setIncrementBy(BigInteger.valueOf(c.from().increment()));
    return back;
  }
}
