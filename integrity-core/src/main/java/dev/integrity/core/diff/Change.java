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
  default boolean destructive() {
    return false;
  }

  enum Phase {
    CREATE_TYPES,
    DROP_CONSTRAINTS,
    CREATE_TABLES,
    ALTER_COLUMNS,
    DROP_COLUMNS,
    ADD_CONSTRAINTS,
    ADD_FOREIGN_KEYS,
    DROP_TABLES,
    DROP_TYPES
  }

  record CreateTable(Table table) implements Change {
    public Phase phase() { return Phase.CREATE_TABLES; }
    public String schema() { return table.schema(); }
    public String object() { return table.name(); }
  }

  record DropTable(Table table) implements Change {
    public Phase phase() { return Phase.DROP_TABLES; }
    public String schema() { return table.schema(); }
    public String object() { return table.name(); }
    public boolean destructive() { return true; }
  }

  record AddColumn(String schema, String object, Column column) implements Change {
    public Phase phase() { return Phase.ALTER_COLUMNS; }
  }

  record DropColumn(String schema, String object, Column column) implements Change {
    public Phase phase() { return Phase.DROP_COLUMNS; }
    public boolean destructive() { return true; }
  }

  /** {@code narrowing} when values of the old type may not fit the new one. */
  record AlterColumnType(String schema, String object, Column from, Column to, boolean narrowing) implements Change {
    public Phase phase() { return Phase.ALTER_COLUMNS; }
    public boolean destructive() { return narrowing; }
  }

  record SetNullability(String schema, String object, Column to) implements Change {
    public Phase phase() { return Phase.ALTER_COLUMNS; }
  }

  /** Sets {@code to}'s default, or drops the default when it has none. */
  record SetDefault(String schema, String object, Column to) implements Change {
    public Phase phase() { return Phase.ALTER_COLUMNS; }
  }

  record AddPrimaryKey(String schema, String object, PrimaryKey key) implements Change {
    public Phase phase() { return Phase.ADD_CONSTRAINTS; }
  }

  record DropPrimaryKey(String schema, String object, PrimaryKey key) implements Change {
    public Phase phase() { return Phase.DROP_CONSTRAINTS; }
  }

  record AddForeignKey(String schema, String object, ForeignKey key) implements Change {
    public Phase phase() { return Phase.ADD_FOREIGN_KEYS; }
  }

  record DropForeignKey(String schema, String object, ForeignKey key) implements Change {
    public Phase phase() { return Phase.DROP_CONSTRAINTS; }
  }

  /** An index or unique constraint; {@code table} gives the columns' context (expressions vs names). */
  record AddIndex(Table table, Index index) implements Change {
    public Phase phase() { return Phase.ADD_CONSTRAINTS; }
    public String schema() { return table.schema(); }
    public String object() { return table.name(); }
  }

  record DropIndex(Table table, Index index) implements Change {
    public Phase phase() { return Phase.DROP_CONSTRAINTS; }
    public String schema() { return table.schema(); }
    public String object() { return table.name(); }
  }

  record AddCheck(String schema, String object, Check check) implements Change {
    public Phase phase() { return Phase.ADD_CONSTRAINTS; }
  }

  record DropCheck(String schema, String object, Check check) implements Change {
    public Phase phase() { return Phase.DROP_CONSTRAINTS; }
  }

  record CreateSequence(Sequence sequence) implements Change {
    public Phase phase() { return Phase.CREATE_TYPES; }
    public String schema() { return sequence.schema(); }
    public String object() { return sequence.name(); }
  }

  record DropSequence(Sequence sequence) implements Change {
    public Phase phase() { return Phase.DROP_TYPES; }
    public String schema() { return sequence.schema(); }
    public String object() { return sequence.name(); }
    public boolean destructive() { return true; }
  }

  record AlterSequence(Sequence from, Sequence to) implements Change {
    public Phase phase() { return Phase.CREATE_TYPES; }
    public String schema() { return to.schema(); }
    public String object() { return to.name(); }
  }

  record CreateEnumType(EnumType type) implements Change {
    public Phase phase() { return Phase.CREATE_TYPES; }
    public String schema() { return type.schema(); }
    public String object() { return type.name(); }
  }

  /** Adds the labels {@code to} has and {@code from} lacks; labels are never removed (PostgreSQL cannot). */
  record AddEnumLabels(EnumType from, EnumType to) implements Change {
    public Phase phase() { return Phase.CREATE_TYPES; }
    public String schema() { return to.schema(); }
    public String object() { return to.name(); }
  }

  record DropEnumType(EnumType type) implements Change {
    public Phase phase() { return Phase.DROP_TYPES; }
    public String schema() { return type.schema(); }
    public String object() { return type.name(); }
    public boolean destructive() { return true; }
  }
}
