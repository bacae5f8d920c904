package dev.integrity.core.diff;

import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.Table;
import dev.integrity.core.schema.View;
import java.util.List;
import java.util.Optional;

/**
 * An entity mapped onto a view ({@link CompareRule#VIEW_ENTITY}): each column the model has must be a column
 * of the view, of the type the entity reads ({@link ColumnTypes#read}: a view is only read, so lengths,
 * precisions and scales, which bound what is written, do not count). Nothing else is compared, and no fix is
 * written: a view changes by its query, which only its author can write.
 */
final class ViewComparer {

  private final Emitter emit;

  ViewComparer(Emitter emit) {
    this.emit = emit;
  }

  void compare(Table m, View view) {
    for (Column mc : m.columns()) {
      Optional<Column> vc = view.column(mc.name());
      String where = "column " + m.name() + "." + mc.name();
      if (vc.isEmpty()) {
        emit.add(DifferenceKind.MISSING_COLUMN, m.schema(), m.name(), mc.name(), mc.type(), null,
            where + " " + emit.onlyExpected() + ", whose " + m.name() + " is a view: its query must select the column", List.of());
        continue;
      }
      String type = vc.get().type();
      if (!ColumnTypes.read(mc.type()).equals(ColumnTypes.read(type))) {
        emit.add(DifferenceKind.TYPE_MISMATCH, m.schema(), m.name(), mc.name(), mc.type(), type,
            where + " is " + type + " " + emit.inActual + ", whose " + m.name() + " is a view, but " + mc.type() + " "
                + emit.inExpected + ": the entity reads values of another type; the view's query decides its type", List.of());
      }
    }
  }
}
