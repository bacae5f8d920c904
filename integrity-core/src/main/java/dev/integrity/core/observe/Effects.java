package dev.integrity.core.observe;

import dev.integrity.core.observe.CatalogState.Activity;
import dev.integrity.core.observe.CatalogState.Column;
import dev.integrity.core.observe.CatalogState.Constraint;
import dev.integrity.core.observe.CatalogState.Relation;
import dev.integrity.core.observe.StatementObservation.ColumnName;
import dev.integrity.core.observe.StatementObservation.IndexName;
import dev.integrity.core.observe.StatementObservation.Lock;
import dev.integrity.core.observe.StatementObservation.NewConstraint;
import dev.integrity.core.observe.StatementObservation.Removal;
import dev.integrity.core.observe.StatementObservation.TableName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * One statement's effects on the tables of the base (those that existed before the new changeSets, less the
 * migration tools' and the plugin's own bookkeeping tables): the catalog before and after it, compared.
 */
final class Effects {

  private final CatalogState before;
  private final CatalogState after;
  private final CatalogState base;
  private final List<Long> baseTables;

  private Effects(CatalogState base, CatalogState before, CatalogState after) {
    this.base = base;
    this.before = before;
    this.after = after;
    this.baseTables = base.relations().values().stream()
        .filter(Relation::isTable)
        .filter(r -> !bookkeeping(r.name()))
        .sorted(Comparator.comparing(Relation::schema).thenComparing(Relation::name))
        .map(Relation::oid).toList();
  }

  /**
   * @param nanos how long the statement took
   * @param rows the synthetic rows of each base table ({@code schema.table}), as the observer filled them
   */
  static StatementObservation of(String sql, boolean inTransaction, long nanos, Map<String, Long> rows, CatalogState base,
      CatalogState before, CatalogState after) {
    Effects effects = new Effects(base, before, after);
    List<TableName> rewritten = effects.rewritten();
    List<TableName> scanned = effects.active(Activity::scans);
    List<TableName> written = effects.active(Activity::written);
    List<IndexName> newIndexes = effects.newIndexes();
    List<NewConstraint> newConstraints = effects.newConstraints();
    // a statement outside a transaction has no scans counted: its index builds and validations say what it read
    long touched = Stream.of(rewritten.stream(), scanned.stream(), written.stream(), newIndexes.stream().map(IndexName::table),
            newConstraints.stream().filter(NewConstraint::validated).flatMap(c -> Stream.of(c.table(), c.referenced())))
        .flatMap(s -> s).filter(Objects::nonNull).distinct()
        .mapToLong(table -> rows.getOrDefault(table.toString(), 0L)).sum();
    return new StatementObservation(sql, inTransaction, effects.locks(), rewritten, effects.rebuiltIndexes(), scanned, written,
        newIndexes, newConstraints, effects.notNullSet(), effects.removals(), touched == 0 ? null : new Throughput(touched, nanos));
  }

  private static boolean bookkeeping(String table) {
    return table.equals("databasechangelog") || table.equals("databasechangeloglock") || table.equals("flyway_schema_history")
        || table.startsWith("integrity_backup_");
  }

  private TableName name(long table) {
    Relation relation = after.relations().getOrDefault(table, before.relations().get(table));
    return relation.tableName();
  }

  private List<Lock> locks() {
    List<Lock> locks = new ArrayList<>();
    for (long table : baseTables) {
      LockMode mode = after.locks().get(table);
      if (mode != null && after.relations().containsKey(table)) {
        LockMode held = before.locks().get(table);
        locks.add(new Lock(name(table), mode, held != null && held.compareTo(mode) >= 0));
      }
    }
    return locks;
  }

  private List<TableName> rewritten() {
    return baseTables.stream()
        .filter(table -> after.relations().containsKey(table) && before.relations().containsKey(table))
        .filter(table -> after.relations().get(table).filenode() != before.relations().get(table).filenode())
        .map(this::name).toList();
  }

  /** Indexes that existed before the statement on a base table that was not itself rewritten, with a new storage file. */
  private List<IndexName> rebuiltIndexes() {
    List<TableName> rewritten = rewritten();
    return before.relations().values().stream()
        .filter(index -> index.table() != 0 && baseTables.contains(index.table()) && after.relations().containsKey(index.oid()))
        .filter(index -> after.relations().get(index.oid()).filenode() != index.filenode())
        .filter(index -> !rewritten.contains(name(index.table())))
        .sorted(Comparator.comparing(Relation::name))
        .map(index -> new IndexName(name(index.table()), index.name())).toList();
  }

  private List<TableName> active(ToLongFunction<Activity> count) {
    Activity none = new Activity(0, 0);
    return baseTables.stream()
        .filter(table -> after.relations().containsKey(table))
        .filter(table -> count.applyAsLong(after.activity().getOrDefault(table, none)) > count.applyAsLong(before.activity().getOrDefault(table, none)))
        .map(this::name).toList();
  }

  private List<IndexName> newIndexes() {
    return after.relations().values().stream()
        .filter(index -> index.table() != 0 && !before.relations().containsKey(index.oid()) && baseTables.contains(index.table()))
        .sorted(Comparator.comparing(Relation::name))
        .map(index -> new IndexName(name(index.table()), index.name())).toList();
  }

  private List<NewConstraint> newConstraints() {
    return after.constraints().entrySet().stream()
        .filter(e -> !before.constraints().containsKey(e.getKey()) && baseTables.contains(e.getValue().table()))
        .map(Map.Entry::getValue)
        .sorted(Comparator.comparing(Constraint::name))
        .map(c -> new NewConstraint(name(c.table()), c.name(), c.foreignKey(), c.validated(),
            c.foreignKey() && after.relations().containsKey(c.referenced()) ? name(c.referenced()) : null))
        .toList();
  }

  /** Columns of base tables that existed before the statement and were nullable, NOT NULL after it. */
  private List<ColumnName> notNullSet() {
    List<ColumnName> columns = new ArrayList<>();
    for (long table : baseTables) {
      Map<Integer, Column> was = before.columns().getOrDefault(table, Map.of());
      Map<Integer, Column> now = after.columns().getOrDefault(table, Map.of());
      was.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .filter(e -> !e.getValue().dropped() && !e.getValue().notNull())
          .filter(e -> now.containsKey(e.getKey()) && now.get(e.getKey()).notNull() && !now.get(e.getKey()).dropped())
          .forEach(e -> columns.add(new ColumnName(name(table), now.get(e.getKey()).name())));
    }
    return columns;
  }

  /** Tables of the base, and columns the base had, renamed or dropped by the statement. */
  private List<Removal> removals() {
    List<Removal> removals = new ArrayList<>();
    for (long table : baseTables) {
      Relation was = before.relations().get(table);
      Relation now = after.relations().get(table);
      if (was == null) {
        continue;
      }
      if (now == null) {
        removals.add(new Removal(was.tableName(), null, null));
        continue;
      }
      if (!now.name().equals(was.name()) || !now.schema().equals(was.schema())) {
        removals.add(new Removal(was.tableName(), null, now.name()));
      }
      Map<Integer, Column> wasColumns = before.columns().getOrDefault(table, Map.of());
      Map<Integer, Column> nowColumns = after.columns().getOrDefault(table, Map.of());
      wasColumns.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .filter(e -> !e.getValue().dropped() && base.columns().getOrDefault(table, Map.of()).containsKey(e.getKey()))
          .forEach(e -> {
            Column column = nowColumns.get(e.getKey());
            if (column == null || column.dropped()) {
              removals.add(new Removal(was.tableName(), e.getValue().name(), null));
            } else if (!column.name().equals(e.getValue().name())) {
              removals.add(new Removal(was.tableName(), e.getValue().name(), column.name()));
            }
          });
    }
    return removals;
  }
}
