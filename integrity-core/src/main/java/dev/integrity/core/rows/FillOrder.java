package dev.integrity.core.rows;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order in which the tables are filled: every table after the tables its foreign keys reference. A
 * foreign key that cannot wait for its table (a self-reference whose referenced values the insert does not
 * write, or one edge of a cycle) is filled after every insert, which needs its columns to be nullable; a cycle
 * of NOT NULL foreign keys is an error naming them. Deterministic: among ready tables, by qualified name.
 */
record FillOrder(List<Table> tables, List<Link> deferred) {

  /** A foreign key of a table. */
  record Link(Table table, ForeignKey key) {

    String describe() {
      return table.qualifiedName() + "(" + String.join(", ", key.columns()) + ") -> " + key.referencedSchema() + "." + key.referencedTable();
    }

    boolean nullable() {
      return key.columns().stream().allMatch(c -> table.column(c).map(Column::nullable).orElse(false));
    }
  }

  FillOrder {
    tables = List.copyOf(tables);
    deferred = List.copyOf(deferred);
  }

  static FillOrder of(Schema schema) {
    Set<String> inScope = schema.tables().stream().map(Table::qualifiedName).collect(Collectors.toSet());
    List<Link> waiting = new ArrayList<>();
    List<Link> deferred = new ArrayList<>();
    for (Table table : schema.tables()) {
      for (ForeignKey key : table.foreignKeys()) {
        String parent = key.referencedSchema() + "." + key.referencedTable();
        if (!inScope.contains(parent)) {
          continue;
        }
        Link link = new Link(table, key);
        if (parent.equals(table.qualifiedName())) {
          if (link.nullable() || !writtenByInsert(table, key.referencedColumns())) {
            deferred.add(link);
          }
        } else {
          waiting.add(link);
        }
      }
    }
    List<Table> order = new ArrayList<>();
    Set<String> filled = new LinkedHashSet<>();
    List<Table> remaining = new ArrayList<>(schema.tables());
    while (!remaining.isEmpty()) {
      Table ready = remaining.stream().filter(t -> waiting.stream()
          .noneMatch(l -> l.table().equals(t) && !filled.contains(l.key().referencedSchema() + "." + l.key().referencedTable())))
          .findFirst().orElse(null);
      if (ready == null) {
        Link breakable = waiting.stream().filter(l -> remaining.contains(l.table()) && l.nullable()
            && remaining.stream().anyMatch(t -> t.qualifiedName().equals(l.key().referencedSchema() + "." + l.key().referencedTable())))
            .findFirst().orElseThrow(() -> cycle(waiting, remaining));
        waiting.remove(breakable);
        deferred.add(breakable);
        continue;
      }
      remaining.remove(ready);
      filled.add(ready.qualifiedName());
      order.add(ready);
    }
    return new FillOrder(order, deferred);
  }

  /** Whether the insert itself writes these columns, so that a row can reference its own values. */
  static boolean writtenByInsert(Table table, List<String> columns) {
    return columns.stream().allMatch(name -> table.column(name).filter(c -> !ColumnValues.drawnFromSequence(c)).isPresent()
        && table.foreignKeys().stream().noneMatch(k -> k.columns().contains(name)));
  }

  private static IntegrityException cycle(List<Link> waiting, List<Table> remaining) {
    String links = waiting.stream().filter(l -> remaining.contains(l.table())).map(Link::describe).collect(Collectors.joining(", "));
    return new IntegrityException("cannot fill tables " + remaining.stream().map(Table::qualifiedName).collect(Collectors.joining(", "))
        + " with synthetic rows: their NOT NULL foreign keys form a cycle (" + links + "), so no table of it can be filled first."
        + " Make one of these foreign keys nullable or deferrable.");
  }
}
