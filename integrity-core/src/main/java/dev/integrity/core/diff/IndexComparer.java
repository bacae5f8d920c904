package dev.integrity.core.diff;

import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Identifiers;
import dev.integrity.core.schema.Index;
import dev.integrity.core.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/** Unique constraints and indexes match by structure: a unique constraint equals a unique index on the same keys. */
final class IndexComparer {

  private final Emitter emit;

  IndexComparer(Emitter emit) {
    this.emit = emit;
  }

  void compare(TableScope scope) {
    Table m = scope.m();
    Table d = scope.d();
    Map<String, Index> dbIndexes = Emitter.byKey(d.indexes(), Index::structure);
    Map<String, Index> modelIndexes = Emitter.byKey(m.indexes(), Index::structure);
    for (Index mi : m.indexes()) {
      if (!dbIndexes.containsKey(mi.structure()) && !coveredByPrimaryKey(mi, d) && scope.firstMissing(mi.columns()) == null) {
        DifferenceKind kind = mi.unique() ? DifferenceKind.MISSING_UNIQUE : DifferenceKind.MISSING_INDEX;
        emit.add(kind, m.schema(), m.name(), null, mi.describe(), null,
            mi.describe() + " on " + m.name() + " " + emit.onlyExpected(),
            List.of(new Change.AddIndex(m, mi)));
      }
    }
    for (Index di : d.indexes()) {
      if (!modelIndexes.containsKey(di.structure()) && !coveredByPrimaryKey(di, m) && !scope.readsExtraColumn(di.columns())
          && !allowed(di, m, d)) {
        boolean unique = di.unique();
        emit.add(unique ? DifferenceKind.EXTRA_UNIQUE : DifferenceKind.EXTRA_INDEX, d.schema(), d.name(), null, null, di.describe(),
            di.describe() + " on " + d.name() + " " + emit.onlyActual() + (unique ? ": it refuses rows the application may write" : ""),
            List.of(new Change.DropIndex(d, di)));
      }
    }
  }

  /** An index only the database has that a rule of the policy allows. */
  private boolean allowed(Index index, Table m, Table d) {
    if (index.unique()) {
      return emit.allows(CompareRule.ONE_TO_ONE_UNIQUE) && onExactlyAForeignKey(index, m);
    }
    return emit.allows(CompareRule.UNDECLARED_INDEX) || emit.allows(CompareRule.FK_SERVING_INDEX) && supportsForeignKey(index, d);
  }

  /** A unique key on exactly the primary key's columns adds nothing to the primary key. */
  private boolean coveredByPrimaryKey(Index index, Table table) {
    return emit.allows(CompareRule.UNIQUE_ON_PRIMARY_KEY) && index.unique() && index.predicate() == null && table.primaryKey() != null
        && index.columnKeys(table).map(keys -> new TreeSet<>(keys).equals(new TreeSet<>(table.primaryKey().columns()))).orElse(false);
  }

  /** A unique key (no predicate) on exactly the columns of a foreign key the model declares: a one-to-one join column. */
  private static boolean onExactlyAForeignKey(Index index, Table model) {
    return index.predicate() == null && index.columnKeys(model)
        .map(keys -> model.foreignKeys().stream().map(ForeignKey::columns).anyMatch(fk -> new TreeSet<>(fk).equals(new TreeSet<>(keys))))
        .orElse(false);
  }

  /** A plain btree index in the database that leads with a foreign key's columns is there to serve the key. */
  private static boolean supportsForeignKey(Index index, Table table) {
    return index.predicate() == null && "btree".equals(index.method())
        && table.foreignKeys().stream().anyMatch(fk -> index.keys().size() >= fk.columns().size()
            && IntStream.range(0, fk.columns().size()).allMatch(i -> Identifiers.names(index.keys().get(i), fk.columns().get(i))));
  }
}
