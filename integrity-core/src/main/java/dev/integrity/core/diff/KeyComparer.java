package dev.integrity.core.diff;

import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Index;
import dev.integrity.core.schema.PrimaryKey;
import dev.integrity.core.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A table's primary key and foreign keys on both sides. */
final class KeyComparer {

  private static final String NO_ACTION = "NO ACTION";

  private final Emitter emit;

  KeyComparer(Emitter emit) {
    this.emit = emit;
  }

  void compare(TableScope scope) {
    primaryKey(scope.m(), scope.d());
    foreignKeys(scope);
  }

  /**
   * Primary keys compare by their set of columns: the order of a key's columns does not change what it allows.
   * A key only the database has refuses no more than the model when it covers a unique key of the model and
   * its columns are NOT NULL there ({@link CompareRule#JOIN_TABLE_PRIMARY_KEY}); when its columns are NOT NULL
   * in the model it refuses only duplicate rows, a LOW difference.
   */
  private void primaryKey(Table m, Table d) {
    PrimaryKey mk = m.primaryKey();
    PrimaryKey dk = d.primaryKey();
    List<String> mc = mk == null ? null : mk.columns();
    List<String> dc = dk == null ? null : dk.columns();
    if (mc == null ? dc == null : dc != null && new TreeSet<>(mc).equals(new TreeSet<>(dc))) {
      return;
    }
    boolean onlyDatabase = mk == null && dk != null && notNullInModel(m, dc);
    if (onlyDatabase && emit.allows(CompareRule.JOIN_TABLE_PRIMARY_KEY) && coversAUniqueKey(m, dc)) {
      return;
    }
    List<Change> fix = new ArrayList<>();
    if (dk != null) {
      fix.add(new Change.DropPrimaryKey(d.schema(), d.name(), dk));
    }
    if (mk != null) {
      fix.add(new Change.AddPrimaryKey(m.schema(), m.name(), mk));
    }
    emit.add(DifferenceKind.PRIMARY_KEY_MISMATCH, onlyDatabase ? Severity.LOW : Severity.HIGH, m.schema(), m.name(), null,
        mc == null ? null : "primary key (" + String.join(", ", mc) + ")",
        dc == null ? null : "primary key (" + String.join(", ", dc) + ")",
        "table " + m.name() + (dc == null ? " has no primary key " + emit.inActual
            : mc == null ? " has a primary key " + emit.inActual + " but none " + emit.inExpected
                + (onlyDatabase ? ": it refuses only duplicate rows" : "")
            : " has primary key (" + String.join(", ", dc) + ") " + emit.inActual + " but (" + String.join(", ", mc) + ") " + emit.inExpected),
        fix);
  }

  private static boolean notNullInModel(Table m, List<String> columns) {
    return columns.stream().allMatch(c -> m.column(c).map(column -> !column.nullable()).orElse(false));
  }

  /** True when a unique key of the model (no predicate, plain columns) reads only some of {@code columns}. */
  private static boolean coversAUniqueKey(Table m, List<String> columns) {
    Set<String> key = new TreeSet<>(columns);
    return m.indexes().stream().filter(Index::unique).filter(i -> i.predicate() == null)
        .anyMatch(i -> i.columnKeys(m).map(key::containsAll).orElse(false));
  }

  /**
   * Foreign keys match by columns and referenced columns; the same columns referencing something else, or
   * with other ON DELETE / ON UPDATE rules, are one mismatch. Under {@link CompareRule#UNDECLARED_FK_ACTIONS}
   * an action the model leaves at NO ACTION may be anything in the database, and a fix keeps it. Keys that
   * belong to a column or table only one side has are reported with that column or table.
   */
  private void foreignKeys(TableScope scope) {
    Table m = scope.m();
    Table d = scope.d();
    List<ForeignKey> modelKeys = m.foreignKeys().stream()
        .filter(fk -> scope.firstMissing(fk.columns()) == null && scope.dbTables().containsKey(fk.referencedSchema() + "." + fk.referencedTable()))
        .toList();
    List<ForeignKey> dbKeys = d.foreignKeys().stream()
        .filter(fk -> !scope.readsExtraColumn(fk.columns()) && scope.modelTables().containsKey(fk.referencedSchema() + "." + fk.referencedTable()))
        .toList();
    Map<String, ForeignKey> dbByStructure = Emitter.byKey(dbKeys, ForeignKey::structure);
    Map<String, ForeignKey> modelByStructure = Emitter.byKey(modelKeys, ForeignKey::structure);
    Map<List<String>, ForeignKey> dbUnmatchedByColumns = new LinkedHashMap<>();
    dbKeys.stream().filter(dk -> !modelByStructure.containsKey(dk.structure())).forEach(dk -> dbUnmatchedByColumns.putIfAbsent(dk.columns(), dk));
    for (ForeignKey mk : modelKeys) {
      ForeignKey dk = dbByStructure.get(mk.structure());
      if (dk == null) {
        dk = dbUnmatchedByColumns.remove(mk.columns());
      }
      if (dk == null) {
        emit.add(DifferenceKind.MISSING_FOREIGN_KEY, m.schema(), m.name(), null, mk.describe(), null,
            "foreign key " + m.name() + mk.describe() + " " + emit.onlyExpected(),
            List.of(new Change.AddForeignKey(m.schema(), m.name(), mk)));
      } else if (!mk.structure().equals(dk.structure()) || !sameAction(mk.onDelete(), dk.onDelete()) || !sameAction(mk.onUpdate(), dk.onUpdate())) {
        ForeignKey wanted = keepingUndeclaredActions(mk, dk);
        emit.add(DifferenceKind.FOREIGN_KEY_MISMATCH, m.schema(), m.name(), null, mk.describe(), dk.describe(),
            "foreign key " + m.name() + "(" + String.join(", ", mk.columns()) + ") is " + dk.describe()
                + " " + emit.inActual + " but " + mk.describe() + " " + emit.inExpected,
            List.of(new Change.DropForeignKey(d.schema(), d.name(), dk), new Change.AddForeignKey(m.schema(), m.name(), wanted)));
      }
    }
    for (ForeignKey dk : dbUnmatchedByColumns.values()) {
      emit.add(DifferenceKind.EXTRA_FOREIGN_KEY, d.schema(), d.name(), null, null, dk.describe(),
          "foreign key " + d.name() + dk.describe() + " " + emit.onlyActual() + ": it refuses rows the application may write",
          List.of(new Change.DropForeignKey(d.schema(), d.name(), dk)));
    }
  }

  private boolean sameAction(String model, String database) {
    return model.equals(database) || NO_ACTION.equals(model) && emit.allows(CompareRule.UNDECLARED_FK_ACTIONS);
  }

  /** The model's key with the database's actions where the model declares none: a fix never takes cascades away. */
  private ForeignKey keepingUndeclaredActions(ForeignKey model, ForeignKey database) {
    if (!emit.allows(CompareRule.UNDECLARED_FK_ACTIONS)) {
      return model;
    }
    return new ForeignKey(model.name(), model.columns(), model.referencedSchema(), model.referencedTable(), model.referencedColumns(),
        NO_ACTION.equals(model.onUpdate()) ? database.onUpdate() : model.onUpdate(),
        NO_ACTION.equals(model.onDelete()) ? database.onDelete() : model.onDelete());
  }
}
