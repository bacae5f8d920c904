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
 * per step of {@link Change.Visitor}.
 */
final class LiquibaseChanges implements Change.Visitor<LiquibaseChanges.Translation> {

  /** The changes of one changeSet and, where Liquibase cannot derive it, its rollback. */
  record Translation(List<liquibase.change.Change> changes, List<liquibase.change.Change> rollback, boolean transactional) {
    static Translation of(liquibase.change.Change change) {
      return new Translation(List.of(change), List.of(), true);
    }

    static Translation sql(String sql, String rollbackSql) {
      return new Translation(List.of(new RawSQLChange(sql)), rollbackSql == null ? List.of() : List.of(new RawSQLChange(rollbackSql)), true);
    }

    /** For the steps Liquibase cannot reverse by itself: drops and type changes. */
    Translation rollback(liquibase.change.Change... undo) {
      return new Translation(changes, List.of(undo), transactional);
    }
  }

  private static final Map<String, String> SERIALS = Map.of("smallint", "smallserial", "integer", "serial", "bigint", "bigserial");

  private static final LiquibaseChanges TRANSLATOR = new LiquibaseChanges();

  private LiquibaseChanges() {}

  static Translation translate(Change change) {
    return QuotedTypes.spelledOut(change.accept(TRANSLATOR));
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
    return Translation.of(modifyDataType(c.schema(), c.object(), c.to())).rollback(modifyDataType(c.schema(), c.object(), c.from()));
  }

  @Override
  public Translation setNullability(Change.SetNullability c) {
    return Translation.of(nullability(c));
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
      return new Translation(List.of(dropIdentity, drop), List.of(), true);
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
    return Translation.of(addForeignKey(c.schema(), c.object(), c.key(), Names.constraint("fk", c.object(), c.key().columns())));
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
    return addIndex(c.table(), c.index(), Names.constraint(c.index().unique() ? "ux" : "ix", c.table().name(), c.index().keys()));
  }

  @Override
  public Translation dropIndex(Change.DropIndex c) {
    return dropIndex(c.table(), c.index());
  }

  @Override
  public Translation addCheck(Change.AddCheck c) {
    String name = checkName(c.object(), c.check());
    return Translation.sql(addCheck(c.schema(), c.object(), c.check(), name),
        "ALTER TABLE " + Names.qualified(c.schema(), c.object()) + " DROP CONSTRAINT " + name);
  }

  @Override
  public Translation dropCheck(Change.DropCheck c) {
    return Translation.sql(
        "ALTER TABLE " + Names.qualified(c.schema(), c.object()) + " DROP CONSTRAINT " + Identifiers.quote(c.check().name()),
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
    return new Translation(List.of(alter), List.of(alterBack(c)), true);
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
    return new Translation(List.of(new RawSQLChange(sql.toString())), List.of(new RawSQLChange("SELECT 1")), false);
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
    return new Translation(changes, List.of(drop), true);
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
    return Translation.sql("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + Identifiers.quote(name) + " ON " + Names.qualified(table.schema(), table.name())
            + ("btree".equals(index.method()) ? "" : " USING " + index.method())
            + " (" + String.join(", ", index.keys()) + ")"
            + (index.predicate() == null ? "" : " WHERE " + index.predicate()),
        "DROP INDEX " + Names.qualified(table.schema(), name));
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
