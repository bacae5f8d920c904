package dev.integrity.core.rows;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Identifiers;
import dev.integrity.core.schema.Index;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one statement that fills a table: {@code INSERT ... SELECT ... FROM generate_series(1, n)}, each column a
 * value of the row number, each foreign key the values of a row of its table joined by row number. A column in a
 * unique key or the primary key takes a distinct value per row; any other column repeats each value twice, as
 * real data does (so that a unique constraint added later meets duplicates). {@link #advance} moves a column
 * refused by a constraint on to its next value.
 */
final class TableFill {

  static final String ROW = "g.i";
  private static final String PAIRED_ROW = "((g.i + 1) / 2)";

  private final Table table;
  private final int rows;
  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final Map<String, List<String>> distinctValues = new LinkedHashMap<>();
  private boolean everyValueDistinct;
  private final Map<String, Integer> choice = new LinkedHashMap<>();
  private final List<ForeignKey> joined = new ArrayList<>();
  private final List<ForeignKey> leftNull = new ArrayList<>();
  private final Map<String, String> ownReferences = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private boolean overridesIdentity;

  TableFill(Schema schema, ColumnFacts facts, Table table, int rows, List<ForeignKey> deferred) {
    this.table = table;
    this.rows = rows;
    List<String> keyColumns = new ArrayList<>();
    for (ForeignKey key : table.foreignKeys()) {
      if (deferred.contains(key) || key.columns().stream().anyMatch(keyColumns::contains)) {
        continue;
      }
      keyColumns.addAll(key.columns());
      if (key.referencedSchema().equals(table.schema()) && key.referencedTable().equals(table.name())) {
        for (int i = 0; i < key.columns().size(); i++) {
          ownReferences.put(key.columns().get(i), key.referencedColumns().get(i));
        }
      } else {
        joined.add(key);
      }
    }
    for (Column column : table.columns()) {
      if (keyColumns.contains(column.name())) {
        overridesIdentity |= column.identity() == Column.Identity.ALWAYS;
      } else if (deferred.stream().anyMatch(k -> k.columns().contains(column.name()))) {
        notes.add(table.qualifiedName() + "." + column.name() + ": foreign key filled after every table");
      } else if (!ColumnValues.drawnFromSequence(column) && !facts.generated(table, column.name())) {
        String valueType = facts.domainBase(table, column.name()).orElse(column.type());
        String salt = namesItsRow(column.name()) ? table.qualifiedName() : null;
        List<String> candidates = ColumnValues.of(schema, table, column, valueType, distinct(column.name()) ? ROW : PAIRED_ROW, salt);
        if (!candidates.isEmpty()) {
          values.put(column.name(), candidates);
          distinctValues.put(column.name(), ColumnValues.of(schema, table, column, valueType, ROW, salt));
          choice.put(column.name(), 0);
        } else if (column.nullable() || column.defaultValue() != null) {
          notes.add(table.qualifiedName() + "." + column.name() + ": no synthetic value for type " + column.type()
              + (column.nullable() ? ", left NULL" : ", left to its default"));
        } else {
          throw new IntegrityException("cannot fill table " + table.qualifiedName() + " with synthetic rows: column " + column.name()
              + " has type " + column.type() + ", for which no synthetic value is known, and is NOT NULL without a default."
              + " Give it a default or leave the table out of the rehearsal.");
        }
      }
    }
    ownReferences.forEach((column, referenced) -> {
      if (!values.containsKey(referenced)) {
        throw new IntegrityException("cannot fill table " + table.qualifiedName() + " with synthetic rows: column " + column
            + " is a NOT NULL reference to the same table's column " + referenced + ", which has no synthetic value.");
      }
    });
  }

  Table table() {
    return table;
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  String insert() {
    List<String> columns = new ArrayList<>();
    List<String> expressions = new ArrayList<>();
    Map<String, List<String>> chosen = everyValueDistinct ? distinctValues : values;
    chosen.forEach((column, candidates) -> {
      columns.add(column);
      expressions.add(candidates.get(choice.get(column)));
    });
    ownReferences.forEach((column, referenced) -> {
      columns.add(column);
      expressions.add(chosen.get(referenced).get(choice.get(referenced)));
    });
    StringBuilder from = new StringBuilder(" FROM generate_series(1, " + rows + ") AS g(i)");
    for (int j = 0; j < joined.size(); j++) {
      ForeignKey key = joined.get(j);
      String alias = "p" + j;
      for (int c = 0; c < key.columns().size(); c++) {
        columns.add(key.columns().get(c));
        expressions.add(leftNull.contains(key) ? "NULL" : alias + ".r" + c);
      }
      String row = key.columns().stream().anyMatch(this::distinct) ? ROW : PAIRED_ROW;
      from.append(" LEFT JOIN ").append(numberedRows(key, alias)).append(" ON ").append(alias).append(".rn = (").append(row)
          .append(" - 1) % (SELECT NULLIF(count(*), 0) FROM ").append(referenced(key)).append(") + 1");
    }
    return "INSERT INTO " + name(table) + " (" + columns.stream().map(Identifiers::quote).collect(Collectors.joining(", ")) + ")"
        + (overridesIdentity ? " OVERRIDING SYSTEM VALUE" : "")
        + " SELECT " + String.join(", ", expressions) + from;
  }

  /**
   * The statement that sets a foreign key left NULL by the inserts: row n references row n of its table; a nullable
   * self-reference makes a chain instead (row n references row n - 1, the first row none), as a hierarchy does: no row is
   * its own parent and there is no cycle, which the triggers and checks that guard hierarchies refuse.
   */
  static String update(Table table, ForeignKey key) {
    String targets = key.columns().stream().map(Identifiers::quote).collect(Collectors.joining(", "));
    String sources = java.util.stream.IntStream.range(0, key.columns().size()).mapToObj(c -> "p.r" + c).collect(Collectors.joining(", "));
    return "UPDATE " + name(table) + " AS t SET (" + targets + ") = ROW(" + sources + ")"
        + " FROM (SELECT ctid AS row_id, row_number() OVER (ORDER BY ctid) AS rn FROM " + name(table) + ") AS n, "
        + numberedRows(key, "p")
        + " WHERE t.ctid = n.row_id AND p.rn = " + (selfReference(table, key) ? "n.rn - 1"
            : "(n.rn - 1) % (SELECT NULLIF(count(*), 0) FROM " + referenced(key) + ") + 1");
  }

  private static boolean selfReference(Table table, ForeignKey key) {
    return key.referencedSchema().equals(table.schema()) && key.referencedTable().equals(table.name())
        && key.columns().stream().allMatch(c -> table.column(c).map(Column::nullable).orElse(false));
  }

  /**
   * Moves the first of {@code columns} that has another value on to it, when a constraint over them refused the
   * rows; false when none has (every value was tried).
   */
  boolean advance(List<String> columns) {
    for (String column : columns) {
      Integer current = choice.get(column);
      if (current != null && current + 1 < values.get(column).size()) {
        choice.put(column, current + 1);
        return true;
      }
    }
    // a nullable foreign key the constraint reads is left NULL, its last value: a check that allows only one of several
    // references to be set (num_nonnulls(a_id, b_id) = 1, a polymorphic association) is met by the others
    for (ForeignKey key : joined) {
      if (!leftNull.contains(key) && key.columns().stream().anyMatch(columns::contains) && key.columns().stream().allMatch(this::nullable)) {
        leftNull.add(key);
        notes.add(table.qualifiedName() + "." + String.join(", ", key.columns()) + ": foreign key left NULL, as a check over it asks");
        return true;
      }
    }
    return false;
  }

  private boolean nullable(String column) {
    return table.columns().stream().anyMatch(c -> c.name().equals(column) && c.nullable());
  }

  /**
   * Gives every column a value of its own per row, when a uniqueness that no constraint or index of the table declares
   * (a trigger's {@code RAISE unique_violation}) refused the repeated values; false when they already are.
   */
  boolean distinctEverywhere() {
    if (everyValueDistinct) {
      return false;
    }
    everyValueDistinct = true;
    notes.add(table.qualifiedName() + ": every column distinct per row, as a uniqueness no constraint declares (a trigger) asks");
    return true;
  }

  /** The columns a constraint or index of this table reads, by its name. */
  Optional<List<String>> columnsOf(String constraint) {
    return table.checks().stream().filter(c -> c.name().equals(constraint)).map(c -> c.columns()).findFirst()
        .or(() -> table.indexes().stream().filter(i -> i.name().equals(constraint)).map(Index::columns).findFirst());
  }

  /** The columns of a type, by its name as PostgreSQL reports a domain's check failing. */
  Optional<List<String>> columnsOfType(String type) {
    List<String> columns = table.columns().stream()
        .filter(c -> c.type().replace("\"", "").equals(type) || c.type().replace("\"", "").endsWith("." + type)).map(Column::name).toList();
    return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
  }

  /**
   * Whether the column is a unique key of its own outside the primary key (a {@code uuid UNIQUE} beside a serial id):
   * its values name their row, so they are this table's alone. Primary key values stay shared with the plain columns of
   * other tables, so that a foreign key added later over such a column is kept.
   */
  private boolean namesItsRow(String column) {
    return (table.primaryKey() == null || !table.primaryKey().columns().contains(column))
        && table.indexes().stream().anyMatch(i -> i.unique() && i.columns().equals(List.of(column)));
  }

  /** Whether the column is in the primary key or a unique index, so that every row needs its own value. */
  private boolean distinct(String column) {
    return table.primaryKey() != null && table.primaryKey().columns().contains(column)
        || table.indexes().stream().anyMatch(i -> i.unique() && i.columns().contains(column));
  }

  private static String numberedRows(ForeignKey key, String alias) {
    List<String> referenced = key.referencedColumns().stream().map(Identifiers::quote).toList();
    List<String> selected = new ArrayList<>();
    for (int c = 0; c < referenced.size(); c++) {
      selected.add(referenced.get(c) + " AS r" + c);
    }
    return "(SELECT " + String.join(", ", selected) + ", row_number() OVER (ORDER BY " + String.join(", ", referenced) + ") AS rn FROM "
        + referenced(key) + ") AS " + alias;
  }

  private static String referenced(ForeignKey key) {
    return Identifiers.quote(key.referencedSchema()) + "." + Identifiers.quote(key.referencedTable());
  }

  private static String name(Table table) {
    return Identifiers.quote(table.schema()) + "." + Identifiers.quote(table.name());
  }
}
