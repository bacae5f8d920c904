package dev.integrity.core.observe;

import java.util.List;

/**
 * What one statement of a new changeSet did to the tables that existed before the new changeSets, observed in its
 * own transaction before commit: the locks the transaction held after it, the tables and indexes it rewrote (a new
 * {@code relfilenode}), the tables it scanned or wrote rows of, the indexes and constraints it created (and whether
 * PostgreSQL validated them), the columns it made NOT NULL, the tables and columns it renamed or dropped, and how fast it
 * went through the synthetic rows of the tables it worked on ({@code measured}; null when it touched no filled table).
 * {@code inTransaction} false: the statement ran outside a transaction ({@code runInTransaction="false"}), so its
 * locks were released before they could be read and its scans are not counted.
 */
public record StatementObservation(
    String sql,
    boolean inTransaction,
    List<Lock> locks,
    List<TableName> rewritten,
    List<IndexName> rebuiltIndexes,
    List<TableName> scanned,
    List<TableName> written,
    List<IndexName> newIndexes,
    List<NewConstraint> newConstraints,
    List<ColumnName> notNullSet,
    List<Removal> removals,
    Throughput measured) {

  public record TableName(String schema, String name) {
    @Override
    public String toString() {
      return schema + "." + name;
    }
  }

  public record ColumnName(TableName table, String column) {}

  /** {@code heldBefore}: the transaction held the lock before this statement (an earlier statement of the changeSet took it). */
  public record Lock(TableName table, LockMode mode, boolean heldBefore) {}

  public record IndexName(TableName table, String index) {}

  /** A check ({@code foreignKey} false) or foreign key; {@code referenced} is the foreign key's referenced table, else null. */
  public record NewConstraint(TableName table, String name, boolean foreignKey, boolean validated, TableName referenced) {}

  /** A table or column renamed ({@code newName} set) or dropped ({@code newName} null); {@code column} null for a table. */
  public record Removal(TableName table, String column, String newName) {}

  public StatementObservation {
    locks = List.copyOf(locks);
    rewritten = List.copyOf(rewritten);
    rebuiltIndexes = List.copyOf(rebuiltIndexes);
    scanned = List.copyOf(scanned);
    written = List.copyOf(written);
    newIndexes = List.copyOf(newIndexes);
    newConstraints = List.copyOf(newConstraints);
    notNullSet = List.copyOf(notNullSet);
    removals = List.copyOf(removals);
  }
}
