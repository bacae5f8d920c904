package dev.integrity.core.diff;

import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.Origin;
import dev.integrity.core.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The columns of a table on both sides: presence, type, nullability, generation and default. */
final class ColumnComparer {

  private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");

  private final Emitter emit;

  ColumnComparer(Emitter emit) {
    this.emit = emit;
  }

  void compare(TableScope scope) {
    Table m = scope.m();
    Table d = scope.d();
    for (Column mc : m.columns()) {
      Optional<Column> dc = d.column(mc.name());
      if (dc.isEmpty()) {
        emit.add(DifferenceKind.MISSING_COLUMN, m.schema(), m.name(), mc.name(), mc.describe(), null,
            "column " + m.name() + "." + mc.name() + " " + emit.onlyExpected(),
            withOwnObjects(scope, mc, new Change.AddColumn(m.schema(), m.name(), mc)));
      } else {
        column(m, mc, dc.get());
      }
    }
    for (Column dc : d.columns()) {
      if (m.column(dc.name()).isEmpty()) {
        boolean blocksInserts = !dc.nullable() && dc.defaultValue() == null && !dc.generated();
        emit.add(DifferenceKind.EXTRA_COLUMN, blocksInserts ? Severity.CRITICAL : Severity.LOW, m.schema(), m.name(), dc.name(),
            null, dc.describe(),
            "column " + m.name() + "." + dc.name() + " " + emit.onlyActual()
                + (blocksInserts ? "; it is NOT NULL without a default, so the application's inserts fail" : ""),
            withReferencesDropped(scope, dc));
      }
    }
  }

  /**
   * The column's drop, preceded by the drops of the foreign keys in the database that reference it: PostgreSQL
   * refuses to drop a referenced column, and the referencing key may belong to another difference's table.
   */
  private static List<Change> withReferencesDropped(TableScope scope, Column column) {
    Table d = scope.d();
    List<Change> fix = new ArrayList<>();
    for (Table t : scope.dbTables().values()) {
      t.foreignKeys().stream()
          .filter(fk -> TableScope.references(fk, d) && fk.referencedColumns().contains(column.name()))
          .forEach(fk -> fix.add(new Change.DropForeignKey(t.schema(), t.name(), fk)));
    }
    fix.add(new Change.DropColumn(d.schema(), d.name(), column));
    return fix;
  }

  /** The column's addition followed by the model's keys, indexes and checks whose first missing column it is. */
  private static List<Change> withOwnObjects(TableScope scope, Column column, Change addColumn) {
    Table m = scope.m();
    List<Change> fix = new ArrayList<>(List.of(addColumn));
    m.indexes().stream().filter(i -> column.name().equals(scope.firstMissing(i.columns())))
        .forEach(i -> fix.add(new Change.AddIndex(m, i)));
    m.foreignKeys().stream().filter(fk -> column.name().equals(scope.firstMissing(fk.columns())))
        .forEach(fk -> fix.add(new Change.AddForeignKey(m.schema(), m.name(), fk)));
    m.checks().stream().filter(c -> column.name().equals(scope.firstMissing(c.columns())))
        .forEach(c -> fix.add(new Change.AddCheck(m.schema(), m.name(), c)));
    return fix;
  }

  private void column(Table table, Column model, Column database) {
    String where = table.name() + "." + model.name();
    Optional<Origin> origin = emit.origins().column(table.schema(), table.name(), model.name());
    Capacity capacity = ColumnTypes.compare(model.type(), database.type(), emit.policy);
    if (capacity != Capacity.EQUAL && !enumValuesFit(table, model, database, origin)) {
      String message = "column " + where + " is " + database.type() + " " + emit.inActual + " but " + model.type()
          + " " + emit.inExpected + (capacity.refusesValues() ? ": it refuses values the other side holds" : "")
          + undeclaredNote(origin, model.type());
      emit.add(DifferenceKind.TYPE_MISMATCH, capacity.refusesValues() ? Severity.HIGH : Severity.LOW, table.schema(), table.name(),
          model.name(), model.type(), database.type(), message,
          List.of(new Change.AlterColumnType(table.schema(), table.name(), database, model, capacity != Capacity.NARROWER)));
    }
    if (model.nullable() != database.nullable()) {
      boolean databaseRefuses = model.nullable();
      String message = databaseRefuses
          ? "column " + where + " is NOT NULL " + emit.inActual + " but nullable " + emit.inExpected + ": inserts of null fail"
          : "column " + where + " is NOT NULL " + emit.inExpected + " but nullable " + emit.inActual
              + (origin.isPresent() && !origin.get().declares("nullable") ? " (the entity implies it: an id or primitive)" : "");
      emit.add(DifferenceKind.NULLABILITY_MISMATCH, databaseRefuses ? Severity.CRITICAL : Severity.MEDIUM,
          table.schema(), table.name(), model.name(),
          model.nullable() ? "null" : "not null", database.nullable() ? "null" : "not null", message,
          List.of(new Change.SetNullability(table.schema(), table.name(), model)));
    }
    generationAndDefault(table, model, database, where);
  }

  /**
   * A model that generates values needs a database that does too; under {@link CompareRule#IDENTITY_SERIAL}
   * any generation matches any other, and under {@link CompareRule#UNDECLARED_DEFAULT} a default the model
   * does not declare is database-side behaviour.
   */
  private void generationAndDefault(Table table, Column model, Column database, String where) {
    if (model.generated() && !database.generated() && database.defaultValue() == null) {
      emit.add(DifferenceKind.DEFAULT_MISMATCH, Severity.CRITICAL, table.schema(), table.name(), model.name(),
          model.describe(), database.describe(),
          "column " + where + " is generated (identity) " + emit.inExpected + " but has no default " + emit.inActual + ": inserts fail",
          List.of(new Change.SetDefault(table.schema(), table.name(), model)));
      return;
    }
    if (!model.generated() && database.identity() == Column.Identity.ALWAYS) {
      emit.add(DifferenceKind.DEFAULT_MISMATCH, Severity.CRITICAL, table.schema(), table.name(), model.name(),
          model.describe(), database.describe(),
          "column " + where + " is GENERATED ALWAYS AS IDENTITY " + emit.inActual + " but not generated " + emit.inExpected
              + ", whose inserts supply values: inserts fail",
          List.of(new Change.SetDefault(table.schema(), table.name(), model)));
      return;
    }
    if ((model.generated() || database.generated()) && emit.allows(CompareRule.IDENTITY_SERIAL)) {
      return;
    }
    boolean sameGeneration = model.identity() == database.identity();
    boolean undeclared = model.defaultValue() == null && emit.allows(CompareRule.UNDECLARED_DEFAULT);
    if (!sameGeneration || !undeclared && !Defaults.equivalent(model.defaultValue(), database.defaultValue())) {
      emit.add(DifferenceKind.DEFAULT_MISMATCH, table.schema(), table.name(), model.name(),
          generation(model), generation(database),
          "column " + where + " has " + generation(model) + " " + emit.inExpected + " but " + generation(database) + " " + emit.inActual,
          List.of(new Change.SetDefault(table.schema(), table.name(), model)));
    }
  }

  private static String generation(Column column) {
    return switch (column.identity()) {
      case ALWAYS -> "generated always as identity";
      case BY_DEFAULT -> "generated by default as identity";
      case NONE -> column.defaultValue() == null ? "no default" : "default " + column.defaultValue();
    };
  }

  /**
   * {@link CompareRule#ENUM_LENGTH_FITS}: a database varchar narrower than the length Hibernate defaulted for an enum
   * column still holds every value the model's enum check allows.
   */
  private boolean enumValuesFit(Table table, Column model, Column database, Optional<Origin> origin) {
    Matcher varchar = VARCHAR.matcher(database.type());
    if (!emit.allows(CompareRule.ENUM_LENGTH_FITS) || !varchar.matches() || !VARCHAR.matcher(model.type()).matches()
        || origin.map(o -> o.declares("length")).orElse(false)) {
      return false;
    }
    int length = Integer.parseInt(varchar.group(1));
    return table.checks().stream().map(c -> EnumChecks.parse(c.expression())).flatMap(Optional::stream)
        .filter(values -> values.column().equals(model.name()))
        .anyMatch(values -> values.values().stream().allMatch(v -> v.length() <= length));
  }

  private static String undeclaredNote(Optional<Origin> origin, String modelType) {
    if (origin.isEmpty()) {
      return "";
    }
    Set<String> undeclared = new TreeSet<>();
    if (modelType.contains("character varying(") && !origin.get().declares("length")) {
      undeclared.add("length");
    }
    if (modelType.startsWith("numeric(")) {
      if (!origin.get().declares("precision")) {
        undeclared.add("precision");
      }
      if (!origin.get().declares("scale")) {
        undeclared.add("scale");
      }
    }
    return Undeclared.note(undeclared);
  }
}
