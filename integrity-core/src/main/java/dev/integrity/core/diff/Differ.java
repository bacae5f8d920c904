package dev.integrity.core.diff;

import dev.integrity.core.schema.Check;
import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.EnumType;
import dev.integrity.core.schema.ForeignKey;
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
    return differ.out.stream().sorted(Difference.ORDER).toList();
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
        add(DifferenceKind.MISSING_TABLE, Severity.CRITICAL, m.schema(), m.name(), null,
            describe(m), null, "table " + m.name() + " is in the model but not in the migrated database", fix);
      } else {
        columns(m, d);
        primaryKey(m, d);
        foreignKeys(m, d);
        indexes(m, d);
        checks(m, d);
      }
    }
    for (Table d : database.tables()) {
      if (!modelTables.containsKey(d.qualifiedName())) {
        add(DifferenceKind.EXTRA_TABLE, Severity.LOW, d.schema(), d.name(), null, null, describe(d),
            "table " + d.name() + " is in the migrated database but not in the model", List.of(new Change.DropTable(d)));
      }
    }
  }

  private static String describe(Table table) {
    return "table with " + table.columns().size() + (table.columns().size() == 1 ? " column" : " columns")
        + (table.primaryKey() == null ? "" : ", primary key (" + String.join(", ", table.primaryKey().columns()) + ")");
  }

  // ---------------------------------------------------------------- columns

  private void columns(Table m, Table d) {
    for (Column mc : m.columns()) {
      Optional<Column> dc = d.column(mc.name());
      if (dc.isEmpty()) {
        add(DifferenceKind.MISSING_COLUMN, Severity.CRITICAL, m.schema(), m.name(), mc.name(), mc.describe(), null,
            "column " + m.name() + "." + mc.name() + " is in the model but not in the migrated database",
            List.of(new Change.AddColumn(m.schema(), m.name(), mc)));
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
            List.of(new Change.DropColumn(m.schema(), m.name(), dc)));
      }
    }
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
    if (model.defaultValue() != null && !model.defaultValue().equals(database.defaultValue())) {
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

  private void primaryKey(Table m, Table d) {
    PrimaryKey mk = m.primaryKey();
    PrimaryKey dk = d.primaryKey();
    List<String> mc = mk == null ? null : mk.columns();
    List<String> dc = dk == null ? null : dk.columns();
    if (Objects.equals(mc, dc)) {
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

  private void foreignKeys(Table m, Table d) {
    Map<String, ForeignKey> dbKeys = byKey(d.foreignKeys(), ForeignKey::structure);
    Map<String, ForeignKey> modelKeys = byKey(m.foreignKeys(), ForeignKey::structure);
    for (ForeignKey mk : m.foreignKeys()) {
      ForeignKey dk = dbKeys.get(mk.structure());
      if (dk == null) {
        add(DifferenceKind.MISSING_FOREIGN_KEY, Severity.HIGH, m.schema(), m.name(), null, mk.describe(), null,
            "foreign key " + m.name() + mk.describe() + " is in the model but not in the migrated database",
            List.of(new Change.AddForeignKey(m.schema(), m.name(), mk)));
      } else if (!mk.onDelete().equals(dk.onDelete()) || !mk.onUpdate().equals(dk.onUpdate())) {
        add(DifferenceKind.FOREIGN_KEY_MISMATCH, Severity.HIGH, m.schema(), m.name(), null, mk.describe(), dk.describe(),
            "foreign key " + m.name() + "(" + String.join(", ", mk.columns()) + ") has other rules in the migrated database",
            List.of(new Change.DropForeignKey(d.schema(), d.name(), dk), new Change.AddForeignKey(m.schema(), m.name(), mk)));
      }
    }
    for (ForeignKey dk : d.foreignKeys()) {
      if (!modelKeys.containsKey(dk.structure())) {
        add(DifferenceKind.EXTRA_FOREIGN_KEY, Severity.MEDIUM, d.schema(), d.name(), null, null, dk.describe(),
            "foreign key " + d.name() + dk.describe() + " is in the migrated database but not in the model",
            List.of(new Change.DropForeignKey(d.schema(), d.name(), dk)));
      }
    }
  }

  /** Unique constraints and indexes match by structure: a unique constraint equals a unique index on the same keys. */
  private void indexes(Table m, Table d) {
    Map<String, Index> dbIndexes = byKey(d.indexes(), Index::structure);
    Map<String, Index> modelIndexes = byKey(m.indexes(), Index::structure);
    for (Index mi : m.indexes()) {
      if (!dbIndexes.containsKey(mi.structure()) && !coveredByPrimaryKey(mi, d)) {
        DifferenceKind kind = mi.unique() ? DifferenceKind.MISSING_UNIQUE : DifferenceKind.MISSING_INDEX;
        add(kind, mi.unique() ? Severity.HIGH : Severity.MEDIUM, m.schema(), m.name(), null, mi.describe(), null,
            mi.describe() + " on " + m.name() + " is in the model but not in the migrated database",
            List.of(new Change.AddIndex(m, mi)));
      }
    }
    for (Index di : d.indexes()) {
      if (!modelIndexes.containsKey(di.structure()) && !coveredByPrimaryKey(di, m) && !supportsForeignKey(di, d)) {
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
        && index.keys().equals(table.primaryKey().columns());
  }

  /**
   * A plain index in the database that leads with a foreign key's columns is there to serve the key (what
   * the fk-without-index lint asks for); the model cannot be expected to declare it.
   */
  private static boolean supportsForeignKey(Index index, Table table) {
    return !index.unique() && index.predicate() == null && "btree".equals(index.method())
        && table.foreignKeys().stream().anyMatch(fk -> index.keys().size() >= fk.columns().size()
            && index.keys().subList(0, fk.columns().size()).equals(fk.columns()));
  }

  // ---------------------------------------------------------------- checks

  private void checks(Table m, Table d) {
    Map<String, Check> dbChecks = byKey(d.checks(), Check::expression);
    Map<String, Check> modelChecks = byKey(m.checks(), Check::expression);
    Map<String, EnumChecks.ValueSet> dbValueSets = valueSets(d);
    Map<String, EnumChecks.ValueSet> modelValueSets = valueSets(m);
    for (Check mc : m.checks()) {
      if (dbChecks.containsKey(mc.expression())) {
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
      add(DifferenceKind.MISSING_CHECK, Severity.MEDIUM, m.schema(), m.name(), null, "check " + mc.expression(), null,
          "check (" + mc.expression() + ") on " + m.name() + " is in the model but not in the migrated database",
          List.of(new Change.AddCheck(m.schema(), m.name(), mc)));
    }
    for (Check dc : d.checks()) {
      if (modelChecks.containsKey(dc.expression())) {
        continue;
      }
      Optional<EnumChecks.ValueSet> values = EnumChecks.parse(dc.expression());
      if (values.isPresent() && modelValueSets.containsKey(values.get().column())) {
        continue; // compared from the model's side
      }
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

  private static Map<String, EnumChecks.ValueSet> valueSets(Table table) {
    Map<String, EnumChecks.ValueSet> sets = new LinkedHashMap<>();
    for (Check check : table.checks()) {
      EnumChecks.parse(check.expression()).ifPresent(v -> sets.putIfAbsent(v.column(), v));
    }
    return sets;
  }

  // ---------------------------------------------------------------- sequences and enum types

  /**
   * Sequences compare by existence and increment. A sequence owned by a column (serial, identity) belongs
   * to that column unless the model names it too; start value and cache are not drift.
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
    for (Sequence ds : database.sequences()) {
      if (ds.ownedBy() == null && !modelSequences.containsKey(ds.qualifiedName())) {
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
