package dev.integrity.core.diff;

import dev.integrity.core.schema.Check;
import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.EnumType;
import dev.integrity.core.schema.ForeignKey;
import dev.integrity.core.schema.Identifiers;
import dev.integrity.core.schema.Index;
import dev.integrity.core.schema.Origin;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.PrimaryKey;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Sequence;
import dev.integrity.core.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Compares the model schema (database B) with the migrated schema (database A) object by object, by
 * structure rather than by name, following the false-positive policy (docs/comparison.md). The result is
 * sorted by {@link Difference#ORDER}.
 */
public final class Differ {

  private final Origins origins;
  private final boolean strictChecks;
  private final List<Difference> out = new ArrayList<>();

  private Differ(Origins origins, boolean strictChecks) {
    this.origins = origins;
    this.strictChecks = strictChecks;
  }

  /**
   * @param strictChecks also report model check constraints for enum columns that the database lacks
   */
  public static List<Difference> diff(Schema model, Schema database, Origins origins, boolean strictChecks) {
    Differ differ = new Differ(origins, strictChecks);
    differ.enums(model, database);
    differ.sequences(model, database);
    differ.tables(model, database);
    return RenameHints.apply(differ.out).stream().sorted(Difference.ORDER).toList();
  }

  // ---------------------------------------------------------------- tables

  private void tables(Schema model, Schema database) {
    Map<String, Table> dbTables = byKey(database.tables(), Table::qualifiedName);
    Map<String, Table> modelTables = byKey(model.tables(), Table::qualifiedName);
    for (Table m : model.tables()) {
      Table d = dbTables.get(m.qualifiedName());
      if (d == null) {
        List<Change> fix = new ArrayList<>();
        fix.add(new Change.CreateTable(m));
        m.indexes().forEach(index -> fix.add(new Change.AddIndex(m, index)));
        m.foreignKeys().forEach(fk -> fix.add(new Change.AddForeignKey(m.schema(), m.name(), fk)));
        referencing(model, m, dbTables).forEach(r -> fix.add(new Change.AddForeignKey(r.table().schema(), r.table().name(), r.key())));
        add(DifferenceKind.MISSING_TABLE, Severity.CRITICAL, m.schema(), m.name(), null,
            describe(m), null, "table " + m.name() + " is in the model but not in the migrated database", fix);
      } else {
        TableScope scope = new TableScope(m, d, modelTables, dbTables);
        columns(scope);
        primaryKey(m, d);
        foreignKeys(scope);
        indexes(scope);
        checks(scope);
      }
    }
    for (Table d : database.tables()) {
      if (!modelTables.containsKey(d.qualifiedName())) {
        List<Change> fix = new ArrayList<>();
        referencing(database, d, modelTables).forEach(r -> fix.add(new Change.DropForeignKey(r.table().schema(), r.table().name(), r.key())));
        fix.add(new Change.DropTable(d));
        add(DifferenceKind.EXTRA_TABLE, Severity.LOW, d.schema(), d.name(), null, null, describe(d),
            "table " + d.name() + " is in the migrated database but not in the model", fix);
      }
    }
  }

  private record Reference(Table table, ForeignKey key) {}

  /** The foreign keys of {@code side}'s other tables, present on both sides, that reference {@code target}. */
  private static List<Reference> referencing(Schema side, Table target, Map<String, Table> otherSide) {
    List<Reference> found = new ArrayList<>();
    for (Table t : side.tables()) {
      if (t != target && otherSide.containsKey(t.qualifiedName())) {
        t.foreignKeys().stream().filter(fk -> references(fk, target)).forEach(fk -> found.add(new Reference(t, fk)));
      }
    }
    return found;
  }

  private static boolean references(ForeignKey key, Table table) {
    return key.referencedSchema().equals(table.schema()) && key.referencedTable().equals(table.name());
  }

  /**
   * One table present on both sides, with the columns only one side has: a constraint or index that reads
   * such a column belongs to that column's difference (added with it, or dropped with it by PostgreSQL).
   */
  private record TableScope(Table m, Table d, Map<String, Table> modelTables, Map<String, Table> dbTables) {

    /** The first of {@code columns} that only the model has, or null. */
    String firstMissing(List<String> columns) {
      return columns.stream().filter(c -> m.column(c).isPresent() && d.column(c).isEmpty()).findFirst().orElse(null);
    }

    boolean readsExtraColumn(List<String> columns) {
      return columns.stream().anyMatch(c -> d.column(c).isPresent() && m.column(c).isEmpty());
    }
  }

  private static String describe(Table table) {
    return "table with " + table.columns().size() + (table.columns().size() == 1 ? " column" : " columns")
        + (table.primaryKey() == null ? "" : ", primary key (" + String.join(", ", table.primaryKey().columns()) + ")");
  }

  // ---------------------------------------------------------------- columns

  private void columns(TableScope scope) {
    Table m = scope.m();
    Table d = scope.d();
    for (Column mc : m.columns()) {
      Optional<Column> dc = d.column(mc.name());
      if (dc.isEmpty()) {
        add(DifferenceKind.MISSING_COLUMN, Severity.CRITICAL, m.schema(), m.name(), mc.name(), mc.describe(), null,
            "column " + m.name() + "." + mc.name() + " is in the model but not in the migrated database",
            withOwnObjects(scope, mc, new Change.AddColumn(m.schema(), m.name(), mc)));
      } else {
        column(m, mc, dc.get());
      }
    }
    for (Column dc : d.columns()) {
      if (m.column(dc.name()).isEmpty()) {
        boolean blocksInserts = !dc.nullable() && dc.defaultValue() == null && !dc.generated();
        add(DifferenceKind.EXTRA_COLUMN, blocksInserts ? Severity.CRITICAL : Severity.LOW, m.schema(), m.name(), dc.name(),
            null, dc.describe(),
            "column " + m.name() + "." + dc.name() + " is in the migrated database but not in the model"
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
          .filter(fk -> references(fk, d) && fk.referencedColumns().contains(column.name()))
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
    Optional<Origin> origin = origins.column(table.schema(), table.name(), model.name());
    ColumnTypes.Width width = ColumnTypes.compare(model.type(), database.type());
    if (width != ColumnTypes.Width.EQUAL) {
      Severity severity = width == ColumnTypes.Width.DATABASE_WIDER ? Severity.LOW : Severity.HIGH;
      boolean narrowing = width != ColumnTypes.Width.DATABASE_NARROWER;
      String message = "column " + where + " is " + database.type() + " in the migrated database but " + model.type()
          + " in the model" + undeclaredNote(origin, model.type());
      add(DifferenceKind.TYPE_MISMATCH, severity, table.schema(), table.name(), model.name(),
          model.type(), database.type(), message,
          List.of(new Change.AlterColumnType(table.schema(), table.name(), database, model, narrowing)));
    }
    if (model.nullable() != database.nullable()) {
      boolean databaseRefuses = model.nullable();
      String message = databaseRefuses
          ? "column " + where + " is NOT NULL in the migrated database but the model allows null: inserts of null fail"
          : "column " + where + " is NOT NULL in the model but nullable in the migrated database"
              + (origin.isPresent() && !origin.get().declares("nullable") ? " (the entity implies it: an id or primitive)" : "");
      add(DifferenceKind.NULLABILITY_MISMATCH, databaseRefuses ? Severity.CRITICAL : Severity.MEDIUM,
          table.schema(), table.name(), model.name(),
          model.nullable() ? "null" : "not null", database.nullable() ? "null" : "not null", message,
          List.of(new Change.SetNullability(table.schema(), table.name(), model)));
    }
    generationAndDefault(table, model, database, where);
  }

  /**
   * An identity column matches an identity or serial column; a default in the database that the model
   * does not declare is not drift; a model that generates values needs a database that does too.
   */
  private void generationAndDefault(Table table, Column model, Column database, String where) {
    if (model.generated() && !database.generated() && database.defaultValue() == null) {
      add(DifferenceKind.DEFAULT_MISMATCH, Severity.CRITICAL, table.schema(), table.name(), model.name(),
          model.describe(), database.describe(),
          "column " + where + " is generated by the database in the model (identity) but has no default in the migrated database: inserts fail",
          List.of(new Change.SetDefault(table.schema(), table.name(), model)));
      return;
    }
    if (!model.generated() && database.identity() == Column.Identity.ALWAYS) {
      add(DifferenceKind.DEFAULT_MISMATCH, Severity.CRITICAL, table.schema(), table.name(), model.name(),
          model.describe(), database.describe(),
          "column " + where + " is GENERATED ALWAYS AS IDENTITY in the migrated database but the model supplies its values: inserts fail",
          List.of(new Change.SetDefault(table.schema(), table.name(), model)));
      return;
    }
    if (model.generated() || database.generated()) {
      return;
    }
    if (model.defaultValue() != null && !Defaults.equivalent(model.defaultValue(), database.defaultValue())) {
      add(DifferenceKind.DEFAULT_MISMATCH, Severity.MEDIUM, table.schema(), table.name(), model.name(),
          "default " + model.defaultValue(), database.defaultValue() == null ? "no default" : "default " + database.defaultValue(),
          "column " + where + " has default " + model.defaultValue() + " in the model but "
              + (database.defaultValue() == null ? "none" : database.defaultValue()) + " in the migrated database",
          List.of(new Change.SetDefault(table.schema(), table.name(), model)));
    }
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
    return undeclared.isEmpty() ? ""
        : " (the entity does not declare " + String.join(" or ", undeclared)
            + ": Hibernate's default applies, so the fix may belong in the entity)";
  }

  // ---------------------------------------------------------------- keys and indexes

  /** Primary keys compare by their set of columns: the order of a key's columns does not change what it allows. */
  private void primaryKey(Table m, Table d) {
    PrimaryKey mk = m.primaryKey();
    PrimaryKey dk = d.primaryKey();
    List<String> mc = mk == null ? null : mk.columns();
    List<String> dc = dk == null ? null : dk.columns();
    if (mc == null ? dc == null : dc != null && new TreeSet<>(mc).equals(new TreeSet<>(dc))) {
      return;
    }
    List<Change> fix = new ArrayList<>();
    if (dk != null) {
      fix.add(new Change.DropPrimaryKey(d.schema(), d.name(), dk));
    }
    if (mk != null) {
      fix.add(new Change.AddPrimaryKey(m.schema(), m.name(), mk));
    }
    add(DifferenceKind.PRIMARY_KEY_MISMATCH, Severity.HIGH, m.schema(), m.name(), null,
        mc == null ? null : "primary key (" + String.join(", ", mc) + ")",
        dc == null ? null : "primary key (" + String.join(", ", dc) + ")",
        "table " + m.name() + (dc == null ? " has no primary key in the migrated database"
            : mc == null ? " has a primary key in the migrated database but none in the model"
            : " has primary key (" + String.join(", ", dc) + ") in the migrated database but (" + String.join(", ", mc) + ") in the model"),
        fix);
  }

  /**
   * Foreign keys match by columns and referenced columns; the same columns referencing something else, or
   * with other ON DELETE / ON UPDATE rules, are one mismatch. Keys that belong to a column or table only one
   * side has are reported with that column or table.
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
    Map<String, ForeignKey> dbByStructure = byKey(dbKeys, ForeignKey::structure);
    Map<String, ForeignKey> modelByStructure = byKey(modelKeys, ForeignKey::structure);
    Map<List<String>, ForeignKey> dbUnmatchedByColumns = new LinkedHashMap<>();
    dbKeys.stream().filter(dk -> !modelByStructure.containsKey(dk.structure())).forEach(dk -> dbUnmatchedByColumns.putIfAbsent(dk.columns(), dk));
    for (ForeignKey mk : modelKeys) {
      ForeignKey dk = dbByStructure.get(mk.structure());
      if (dk == null) {
        dk = dbUnmatchedByColumns.remove(mk.columns());
      }
      if (dk == null) {
        add(DifferenceKind.MISSING_FOREIGN_KEY, Severity.HIGH, m.schema(), m.name(), null, mk.describe(), null,
            "foreign key " + m.name() + mk.describe() + " is in the model but not in the migrated database",
            List.of(new Change.AddForeignKey(m.schema(), m.name(), mk)));
      } else if (!mk.structure().equals(dk.structure()) || !mk.onDelete().equals(dk.onDelete()) || !mk.onUpdate().equals(dk.onUpdate())) {
        add(DifferenceKind.FOREIGN_KEY_MISMATCH, Severity.HIGH, m.schema(), m.name(), null, mk.describe(), dk.describe(),
            "foreign key " + m.name() + "(" + String.join(", ", mk.columns()) + ") is " + dk.describe()
                + " in the migrated database but " + mk.describe() + " in the model",
            List.of(new Change.DropForeignKey(d.schema(), d.name(), dk), new Change.AddForeignKey(m.schema(), m.name(), mk)));
      }
    }
    for (ForeignKey dk : dbUnmatchedByColumns.values()) {
      add(DifferenceKind.EXTRA_FOREIGN_KEY, Severity.MEDIUM, d.schema(), d.name(), null, null, dk.describe(),
          "foreign key " + d.name() + dk.describe() + " is in the migrated database but not in the model",
          List.of(new Change.DropForeignKey(d.schema(), d.name(), dk)));
    }
  }

  /** Unique constraints and indexes match by structure: a unique constraint equals a unique index on the same keys. */
  private void indexes(TableScope scope) {
    Table m = scope.m();
    Table d = scope.d();
    Map<String, Index> dbIndexes = byKey(d.indexes(), Index::structure);
    Map<String, Index> modelIndexes = byKey(m.indexes(), Index::structure);
    for (Index mi : m.indexes()) {
      if (!dbIndexes.containsKey(mi.structure()) && !coveredByPrimaryKey(mi, d) && scope.firstMissing(mi.columns()) == null) {
        DifferenceKind kind = mi.unique() ? DifferenceKind.MISSING_UNIQUE : DifferenceKind.MISSING_INDEX;
        add(kind, mi.unique() ? Severity.HIGH : Severity.MEDIUM, m.schema(), m.name(), null, mi.describe(), null,
            mi.describe() + " on " + m.name() + " is in the model but not in the migrated database",
            List.of(new Change.AddIndex(m, mi)));
      }
    }
    for (Index di : d.indexes()) {
      if (!modelIndexes.containsKey(di.structure()) && !coveredByPrimaryKey(di, m) && !supportsForeignKey(di, d)
          && !scope.readsExtraColumn(di.columns())) {
        DifferenceKind kind = di.unique() ? DifferenceKind.EXTRA_UNIQUE : DifferenceKind.EXTRA_INDEX;
        add(kind, di.unique() ? Severity.MEDIUM : Severity.LOW, d.schema(), d.name(), null, null, di.describe(),
            di.describe() + " on " + d.name() + " is in the migrated database but not in the model",
            List.of(new Change.DropIndex(d, di)));
      }
    }
  }

  /** A unique key on exactly the primary key's columns adds nothing to the primary key. */
  private static boolean coveredByPrimaryKey(Index index, Table table) {
    return index.unique() && index.predicate() == null && table.primaryKey() != null
        && index.columnKeys(table).map(keys -> new TreeSet<>(keys).equals(new TreeSet<>(table.primaryKey().columns()))).orElse(false);
  }

  /**
   * A plain index in the database that leads with a foreign key's columns is there to serve the key (what
   * the fk-without-index lint asks for); the model cannot be expected to declare it.
   */
  private static boolean supportsForeignKey(Index index, Table table) {
    return !index.unique() && index.predicate() == null && "btree".equals(index.method())
        && table.foreignKeys().stream().anyMatch(fk -> index.keys().size() >= fk.columns().size()
            && IntStream.range(0, fk.columns().size()).allMatch(i -> Identifiers.names(index.keys().get(i), fk.columns().get(i))));
  }

  // ---------------------------------------------------------------- checks

  /**
   * Checks match by their normalised expression. A check that restricts a column to a set of values (an
   * enum's) compares by that set; two other checks on the same columns that differ are one mismatch.
   */
  private void checks(TableScope scope) {
    Table m = scope.m();
    Table d = scope.d();
    List<Check> modelChecks = m.checks().stream().filter(c -> scope.firstMissing(c.columns()) == null).toList();
    List<Check> dbChecks = d.checks().stream().filter(c -> !scope.readsExtraColumn(c.columns())).toList();
    Map<String, Check> dbByExpression = byKey(dbChecks, Check::expression);
    Map<String, Check> modelByExpression = byKey(modelChecks, Check::expression);
    Map<String, EnumChecks.ValueSet> dbValueSets = valueSets(dbChecks);
    Map<String, EnumChecks.ValueSet> modelValueSets = valueSets(modelChecks);
    Map<List<String>, Check> dbUnmatchedByColumns = new LinkedHashMap<>();
    for (Check dc : dbChecks) {
      Optional<EnumChecks.ValueSet> values = EnumChecks.parse(dc.expression());
      boolean comparedAsValueSet = values.isPresent() && modelValueSets.containsKey(values.get().column());
      if (!modelByExpression.containsKey(dc.expression()) && !comparedAsValueSet && !dc.columns().isEmpty()) {
        dbUnmatchedByColumns.putIfAbsent(dc.columns(), dc);
      }
    }
    List<Check> extra = new ArrayList<>(dbChecks.stream()
        .filter(dc -> !modelByExpression.containsKey(dc.expression()))
        .filter(dc -> EnumChecks.parse(dc.expression()).map(v -> !modelValueSets.containsKey(v.column())).orElse(true))
        .toList());
    for (Check mc : modelChecks) {
      if (dbByExpression.containsKey(mc.expression())) {
        continue;
      }
      Optional<EnumChecks.ValueSet> values = EnumChecks.parse(mc.expression());
      if (values.isPresent()) {
        EnumChecks.ValueSet dv = dbValueSets.get(values.get().column());
        if (dv != null) {
          enumCheckMismatch(m, d, mc, values.get(), dv);
          continue;
        }
        if (!strictChecks) {
          continue; // policy: an enum column's generated check may be absent from the database
        }
      }
      Check dc = mc.columns().isEmpty() ? null : dbUnmatchedByColumns.remove(mc.columns());
      if (dc != null) {
        extra.remove(dc);
        add(DifferenceKind.CHECK_MISMATCH, Severity.HIGH, m.schema(), m.name(), null, "check " + mc.expression(), "check " + dc.expression(),
            "check on " + m.name() + "(" + String.join(", ", mc.columns()) + ") is (" + dc.expression()
                + ") in the migrated database but (" + mc.expression() + ") in the model: it may refuse rows the application writes",
            List.of(new Change.DropCheck(d.schema(), d.name(), dc), new Change.AddCheck(m.schema(), m.name(), mc)));
        continue;
      }
      add(DifferenceKind.MISSING_CHECK, Severity.MEDIUM, m.schema(), m.name(), null, "check " + mc.expression(), null,
          "check (" + mc.expression() + ") on " + m.name() + " is in the model but not in the migrated database",
          List.of(new Change.AddCheck(m.schema(), m.name(), mc)));
    }
    for (Check dc : extra) {
      add(DifferenceKind.EXTRA_CHECK, Severity.HIGH, d.schema(), d.name(), null, null, "check " + dc.expression(),
          "check (" + dc.expression() + ") on " + d.name() + " is in the migrated database but not in the model: it may refuse rows the application writes",
          List.of(new Change.DropCheck(d.schema(), d.name(), dc)));
    }
  }

  private void enumCheckMismatch(Table m, Table d, Check modelCheck, EnumChecks.ValueSet model, EnumChecks.ValueSet database) {
    if (model.values().equals(database.values())) {
      return;
    }
    Set<String> rejected = new TreeSet<>(model.values());
    rejected.removeAll(database.values());
    Check databaseCheck = d.checks().stream()
        .filter(c -> EnumChecks.parse(c.expression()).map(v -> v.column().equals(database.column())).orElse(false))
        .findFirst().orElseThrow();
    add(DifferenceKind.ENUM_MISMATCH, rejected.isEmpty() ? Severity.MEDIUM : Severity.HIGH, m.schema(), m.name(), model.column(),
        String.join(", ", model.values()), String.join(", ", database.values()),
        "column " + m.name() + "." + model.column() + " accepts other values in the migrated database"
            + (rejected.isEmpty() ? " (more than the enum has)" : ": the database rejects " + String.join(", ", rejected)),
        List.of(new Change.DropCheck(d.schema(), d.name(), databaseCheck), new Change.AddCheck(m.schema(), m.name(), modelCheck)));
  }

  private static Map<String, EnumChecks.ValueSet> valueSets(List<Check> checks) {
    Map<String, EnumChecks.ValueSet> sets = new LinkedHashMap<>();
    for (Check check : checks) {
      EnumChecks.parse(check.expression()).ifPresent(v -> sets.putIfAbsent(v.column(), v));
    }
    return sets;
  }

  // ---------------------------------------------------------------- sequences and enum types

  /**
   * Sequences compare by existence and increment. A sequence owned by a column (serial, identity) or drawn
   * from by a column's default belongs to that column unless the model names it too; start value and cache
   * are not drift.
   */
  private void sequences(Schema model, Schema database) {
    Map<String, Sequence> dbSequences = byKey(database.sequences(), Sequence::qualifiedName);
    Map<String, Sequence> modelSequences = byKey(model.sequences(), Sequence::qualifiedName);
    for (Sequence ms : model.sequences()) {
      if (ms.ownedBy() != null) {
        continue;
      }
      Sequence ds = dbSequences.get(ms.qualifiedName());
      if (ds == null) {
        add(DifferenceKind.MISSING_SEQUENCE, Severity.CRITICAL, ms.schema(), ms.name(), null, ms.describe(), null,
            "sequence " + ms.name() + " is in the model but not in the migrated database",
            List.of(new Change.CreateSequence(ms)));
      } else if (ms.increment() != ds.increment()) {
        add(DifferenceKind.SEQUENCE_MISMATCH, Severity.HIGH, ms.schema(), ms.name(), null,
            "increment " + ms.increment(), "increment " + ds.increment(),
            "sequence " + ms.name() + " increments by " + ds.increment() + " in the migrated database but the model's allocationSize is "
                + ms.increment() + (ds.increment() < ms.increment() ? ": generated ids can collide" : ""),
            List.of(new Change.AlterSequence(ds, ms)));
      }
    }
    Set<String> drawnByDefaults = Defaults.sequencesDrawnFrom(database);
    for (Sequence ds : database.sequences()) {
      if (ds.ownedBy() == null && !modelSequences.containsKey(ds.qualifiedName()) && !drawnByDefaults.contains(ds.qualifiedName())) {
        add(DifferenceKind.EXTRA_SEQUENCE, Severity.LOW, ds.schema(), ds.name(), null, null, ds.describe(),
            "sequence " + ds.name() + " is in the migrated database but not in the model",
            List.of(new Change.DropSequence(ds)));
      }
    }
  }

  /** Named enum types compare label by label; labels the model has and the database lacks are rejected values. */
  private void enums(Schema model, Schema database) {
    Map<String, EnumType> dbTypes = byKey(database.enumTypes(), EnumType::qualifiedName);
    Map<String, EnumType> modelTypes = byKey(model.enumTypes(), EnumType::qualifiedName);
    for (EnumType mt : model.enumTypes()) {
      EnumType dt = dbTypes.get(mt.qualifiedName());
      if (dt == null) {
        add(DifferenceKind.ENUM_MISMATCH, Severity.HIGH, mt.schema(), mt.name(), null, String.join(", ", mt.labels()), null,
            "enum type " + mt.name() + " is in the model but not in the migrated database",
            List.of(new Change.CreateEnumType(mt)));
      } else if (!mt.labels().equals(dt.labels())) {
        Set<String> rejected = new TreeSet<>(mt.labels());
        rejected.removeAll(dt.labels());
        add(DifferenceKind.ENUM_MISMATCH, rejected.isEmpty() ? Severity.MEDIUM : Severity.HIGH, mt.schema(), mt.name(), null,
            String.join(", ", mt.labels()), String.join(", ", dt.labels()),
            "enum type " + mt.name() + " has other labels in the migrated database"
                + (rejected.isEmpty() ? "" : ": the database rejects " + String.join(", ", rejected)),
            List.of(new Change.AddEnumLabels(dt, mt)));
      }
    }
    for (EnumType dt : database.enumTypes()) {
      if (!modelTypes.containsKey(dt.qualifiedName())) {
        add(DifferenceKind.ENUM_MISMATCH, Severity.LOW, dt.schema(), dt.name(), null, null, String.join(", ", dt.labels()),
            "enum type " + dt.name() + " is in the migrated database but not in the model",
            List.of(new Change.DropEnumType(dt)));
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private void add(DifferenceKind kind, Severity severity, String schema, String table, String column,
      String model, String database, String message, List<Change> fix) {
    out.add(new Difference(kind, severity, schema, table, column, model, database, message,
        origins.entity(schema, table, column), fix));
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}
