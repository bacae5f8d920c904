package dev.integrity.core.diff;

import dev.integrity.core.schema.Check;
import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.EnumType;
import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Index;
import dev.integrity.core.schema.PrimaryKey;
import dev.integrity.core.schema.Sequence;
import dev.integrity.core.schema.Table;

/**
 * One step of the fix: what to change in the migrated database so that it equals the model. The closed
 * set of steps; each knows its {@link Phase}, which orders the fix so that it applies (types before the
 * tables that use them, foreign keys dropped before their columns, tables before the keys that reference
 * them).
 */
public sealed interface Change {

  Phase phase();

  String schema();

  /** The table (or sequence, or enum type) the step is about. */
  String object();

  /** True when the step drops or narrows something, so data can be lost. */
  boolean destructive();

  /** The step handed to the visitor's method for its record: every consumer answers for every step. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per step, none with a default: a new step fails compilation in every consumer until it
   * says what that step means there.
   */
  interface Visitor<R> {
    R createTable(CreateTable change);

    R dropTable(DropTable change);

    R addColumn(AddColumn change);

    R dropColumn(DropColumn change);

    R alterColumnType(AlterColumnType change);

    R setNullability(SetNullability change);

    R setDefault(SetDefault change);

    R addPrimaryKey(AddPrimaryKey change);

    R dropPrimaryKey(DropPrimaryKey change);

    R addForeignKey(AddForeignKey change);

    R dropForeignKey(DropForeignKey change);

    R addIndex(AddIndex change);

    R dropIndex(DropIndex change);

    R addCheck(AddCheck change);

    R dropCheck(DropCheck change);

    R createSequence(CreateSequence change);

    R dropSequence(DropSequence change);

    R alterSequence(AlterSequence change);

    R createEnumType(CreateEnumType change);

    R addEnumLabels(AddEnumLabels change);

    R dropEnumType(DropEnumType change);
  }

  /** The order of the fix; {@code drops} when the phase's steps take something away. */
  enum Phase {
    CREATE_TYPES(false),
    /** Before the other constraints: a foreign key may hang on a unique or primary key dropped there. */
    DROP_FOREIGN_KEYS(true),
    DROP_CONSTRAINTS(true),
    CREATE_TABLES(false),
    ALTER_COLUMNS(false),
    DROP_COLUMNS(true),
    ADD_CONSTRAINTS(false),
    ADD_FOREIGN_KEYS(false),
    DROP_TABLES(true),
    DROP_TYPES(true);

    private final boolean drops;

    Phase(boolean drops) {
      this.drops = drops;
    }

    public boolean drops() {
      return drops;
    }
  }

  record CreateTable(Table table) implements Change {
    public Phase phase() { return Phase.CREATE_TABLES; }
    public String schema() { return table.schema(); }
    public String object() { return table.name(); }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.createTable(this); }
  }

  record DropTable(Table table) implements Change {
    public Phase phase() { return Phase.DROP_TABLES; }
    public String schema() { return table.schema(); }
    public String object() { return table.name(); }
    public boolean destructive() { return true; }
    public <R> R accept(Visitor<R> visitor) { return visitor.dropTable(this); }
  }

  record AddColumn(String schema, String object, Column column) implements Change {
    public Phase phase() { return Phase.ALTER_COLUMNS; }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.addColumn(this); }
  }

  record DropColumn(String schema, String object, Column column) implements Change {
    public Phase phase() { return Phase.DROP_COLUMNS; }
    public boolean destructive() { return true; }
    public <R> R accept(Visitor<R> visitor) { return visitor.dropColumn(this); }
  }

  /** {@code narrowing} when values of the old type may not fit the new one. */
  record AlterColumnType(String schema, String object, Column from, Column to, boolean narrowing) implements Change {
    public Phase phase() { return Phase.ALTER_COLUMNS; }
    public boolean destructive() { return narrowing; }
    public <R> R accept(Visitor<R> visitor) { return visitor.alterColumnType(this); }
  }

  record SetNullability(String schema, String object, Column to) implements Change {
    public Phase phase() { return Phase.ALTER_COLUMNS; }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.setNullability(this); }
  }

  /** Sets {@code to}'s default, or drops the default when it has none. */
  record SetDefault(String schema, String object, Column to) implements Change {
    public Phase phase() { return Phase.ALTER_COLUMNS; }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.setDefault(this); }
  }

  record AddPrimaryKey(String schema, String object, PrimaryKey key) implements Change {
    public Phase phase() { return Phase.ADD_CONSTRAINTS; }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.addPrimaryKey(this); }
  }

  record DropPrimaryKey(String schema, String object, PrimaryKey key) implements Change {
    public Phase phase() { return Phase.DROP_CONSTRAINTS; }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.dropPrimaryKey(this); }
  }

  record AddForeignKey(String schema, String object, ForeignKey key) implements Change {
    public Phase phase() { return Phase.ADD_FOREIGN_KEYS; }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.addForeignKey(this); }
  }

  record DropForeignKey(String schema, String object, ForeignKey key) implements Change {
    public Phase phase() { return Phase.DROP_FOREIGN_KEYS; }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.dropForeignKey(this); }
  }

  /** An index or unique constraint; {@code table} gives the columns' context (expressions vs names). */
  record AddIndex(Table table, Index index) implements Change {
    public Phase phase() { return Phase.ADD_CONSTRAINTS; }
    public String schema() { return table.schema(); }
    public String object() { return table.name(); }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.addIndex(this); }
  }

  record DropIndex(Table table, Index index) implements Change {
    public Phase phase() { return Phase.DROP_CONSTRAINTS; }
    public String schema() { return table.schema(); }
    public String object() { return table.name(); }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.dropIndex(this); }
  }

  record AddCheck(String schema, String object, Check check) implements Change {
    public Phase phase() { return Phase.ADD_CONSTRAINTS; }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.addCheck(this); }
  }

  record DropCheck(String schema, String object, Check check) implements Change {
    public Phase phase() { return Phase.DROP_CONSTRAINTS; }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.dropCheck(this); }
  }

  record CreateSequence(Sequence sequence) implements Change {
    public Phase phase() { return Phase.CREATE_TYPES; }
    public String schema() { return sequence.schema(); }
    public String object() { return sequence.name(); }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.createSequence(this); }
  }

  record DropSequence(Sequence sequence) implements Change {
    public Phase phase() { return Phase.DROP_TYPES; }
    public String schema() { return sequence.schema(); }
    public String object() { return sequence.name(); }
    public boolean destructive() { return true; }
    public <R> R accept(Visitor<R> visitor) { return visitor.dropSequence(this); }
  }

  record AlterSequence(Sequence from, Sequence to) implements Change {
    public Phase phase() { return Phase.CREATE_TYPES; }
    public String schema() { return to.schema(); }
    public String object() { return to.name(); }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.alterSequence(this); }
  }

  record CreateEnumType(EnumType type) implements Change {
    public Phase phase() { return Phase.CREATE_TYPES; }
    public String schema() { return type.schema(); }
    public String object() { return type.name(); }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.createEnumType(this); }
  }

  /** Adds the labels {@code to} has and {@code from} lacks; labels are never removed (PostgreSQL cannot). */
  record AddEnumLabels(EnumType from, EnumType to) implements Change {
    public Phase phase() { return Phase.CREATE_TYPES; }
    public String schema() { return to.schema(); }
    public String object() { return to.name(); }
    public boolean destructive() { return false; }
    public <R> R accept(Visitor<R> visitor) { return visitor.addEnumLabels(this); }
  }

  record DropEnumType(EnumType type) implements Change {
    public Phase phase() { return Phase.DROP_TYPES; }
    public String schema() { return type.schema(); }
    public String object() { return type.name(); }
    public boolean destructive() { return true; }
    public <R> R accept(Visitor<R> visitor) { return visitor.dropEnumType(this); }
  }
}
