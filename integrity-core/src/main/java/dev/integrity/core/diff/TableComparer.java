package dev.integrity.core.diff;

import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import dev.integrity.core.schema.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tables by qualified name; a table on both sides is compared by the column, key, index and check comparers,
 * a model table that is a view in the database ({@link CompareRule#VIEW_ENTITY}) by the view comparer.
 */
final class TableComparer {

  private final Emitter emit;

  TableComparer(Emitter emit) {
    this.emit = emit;
  }

  void compare(Schema model, Schema database) {
    Map<String, Table> dbTables = Emitter.byKey(database.tables(), Table::qualifiedName);
    Map<String, Table> modelTables = Emitter.byKey(model.tables(), Table::qualifiedName);
    Map<String, View> dbViews = Emitter.byKey(database.views(), View::qualifiedName);
    for (Table m : model.tables()) {
      Table d = dbTables.get(m.qualifiedName());
      View view = dbViews.get(m.qualifiedName());
      if (d == null && view != null && emit.allows(CompareRule.VIEW_ENTITY)) {
        new ViewComparer(emit).compare(m, view);
      } else if (d == null) {
        List<Change> fix = new ArrayList<>();
        fix.add(new Change.CreateTable(m));
        m.indexes().forEach(index -> fix.add(new Change.AddIndex(m, index)));
        m.foreignKeys().forEach(fk -> fix.add(new Change.AddForeignKey(m.schema(), m.name(), fk)));
        referencing(model, m, dbTables).forEach(r -> fix.add(new Change.AddForeignKey(r.table().schema(), r.table().name(), r.key())));
        emit.add(DifferenceKind.MISSING_TABLE, m.schema(), m.name(), null, describe(m), null,
            "table " + m.name() + " " + emit.onlyExpected(), fix);
      } else {
        TableScope scope = new TableScope(m, d, modelTables, dbTables);
        new ColumnComparer(emit).compare(scope);
        new KeyComparer(emit).compare(scope);
        new IndexComparer(emit).compare(scope);
        new CheckComparer(emit).compare(scope);
      }
    }
    for (Table d : database.tables()) {
      if (!modelTables.containsKey(d.qualifiedName()) && !(emit.allows(CompareRule.LIBRARY_TABLE) && LibraryTables.libraryOf(d) != null)) {
        List<Change> fix = new ArrayList<>();
        referencing(database, d, modelTables).forEach(r -> fix.add(new Change.DropForeignKey(r.table().schema(), r.table().name(), r.key())));
        fix.add(new Change.DropTable(d));
        emit.add(DifferenceKind.EXTRA_TABLE, d.schema(), d.name(), null, null, describe(d),
            "table " + d.name() + " " + emit.onlyActual(), fix);
      }
    }
  }

  private record Reference(Table table, ForeignKey key) {}

  /** The foreign keys of {@code side}'s other tables, present on both sides, that reference {@code target}. */
  private static List<Reference> referencing(Schema side, Table target, Map<String, Table> otherSide) {
    List<Reference> found = new ArrayList<>();
    for (Table t : side.tables()) {
      if (t != target && otherSide.containsKey(t.qualifiedName())) {
        t.foreignKeys().stream().filter(fk -> TableScope.references(fk, target)).forEach(fk -> found.add(new Reference(t, fk)));
      }
    }
    return found;
  }

  private static String describe(Table table) {
    return "table with " + table.columns().size() + (table.columns().size() == 1 ? " column" : " columns")
        + (table.primaryKey() == null ? "" : ", primary key (" + String.join(", ", table.primaryKey().columns()) + ")");
  }
}
