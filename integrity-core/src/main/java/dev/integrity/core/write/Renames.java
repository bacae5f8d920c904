package dev.integrity.core.write;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.diff.ComparePolicy;
import dev.integrity.core.diff.Differ;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import dev.integrity.core.diff.RenameHints;
import dev.integrity.core.schema.Column;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;
import liquibase.changelog.ChangeSet;

/**
 * Renames instead of data loss: a missing and an extra column (or table) the developer confirms as one
 * thing renamed become a rename, plus whatever else still differs between the two (a column's
 * nullability, a table's columns and keys). Hints the developer did not confirm stay a drop and an add,
 * and the notes say so.
 */
public final class Renames {

  /** One confirmed rename; {@code column} is null for a table rename. */
  public record Rename(String schema, String table, String column, String to, String type) {

    String describe() {
      return column == null ? table + " to " + to : table + "." + column + " to " + table + "." + to;
    }

    String spec() {
      return column == null ? table + ":" + to : table + "." + column + ":" + to;
    }

    public ChangeSet changeSet(String author) {
      String id = column == null ? "rename-table-" + table + "-to-" + to : "rename-column-" + table + "-" + column + "-to-" + to;
      ChangeSet changeSet = new ChangeSet(id, author, false, false, "", null, "postgresql", true, null, null);
      if (column == null) {
        RenameTableChange change = new RenameTableChange();
        change.setSchemaName(schema);
        change.setOldTableName(table);
        change.setNewTableName(to);
        changeSet.addChange(change);
      } else {
        RenameColumnChange change = new RenameColumnChange();
        change.setSchemaName(schema);
        change.setTableName(table);
        change.setOldColumnName(column);
        change.setNewColumnName(to);
        change.setColumnDataType(type);
        changeSet.addChange(change);
      }
      changeSet.setComments("rename of " + describe() + ", confirmed by the developer: keeps the data");
      return changeSet;
    }
  }

  /** What the migration does instead: the renames, then {@code differences} (the rest, and what the renames leave). */
  public record Plan(List<Rename> renames, List<Difference> differences, List<String> notes) {}

  private Renames() {}

  public static Plan plan(List<Difference> differences, List<String> confirmed, boolean acceptAll) {
    Set<RenameHints.Pair> taken = new LinkedHashSet<>();
    for (String spec : confirmed) {
      taken.add(confirmedPair(differences, spec));
    }
    List<String> notes = new ArrayList<>();
    for (RenameHints.Pair hint : RenameHints.pairs(differences)) {
      if (acceptAll) {
        taken.add(hint);
      } else if (!taken.contains(hint)) {
        Rename rename = rename(hint);
        notes.add("Rename hint not taken: " + rename.describe() + " (not confirmed; -Dintegrity.renames=" + rename.spec()
            + " or -Dintegrity.acceptRenames=true makes it a rename that keeps the data). The migration drops and adds instead.");
      }
    }
    List<Rename> renames = new ArrayList<>();
    List<Difference> rest = new ArrayList<>(differences);
    for (RenameHints.Pair pair : taken) {
      if (!rest.remove(pair.missing()) || !rest.remove(pair.extra())) {
        throw new IntegrityException("<renames>: " + rename(pair).describe() + " is named twice or overlaps another rename");
      }
      renames.add(rename(pair));
      rest.addAll(leftOver(pair));
    }
    return new Plan(renames, rest, notes);
  }

  /** {@code table.column:newColumn} or {@code table:newTable}, checked against the differences. */
  private static RenameHints.Pair confirmedPair(List<Difference> differences, String spec) {
    String[] sides = spec.split(":", -1);
    if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank() || sides[1].contains(".")) {
      throw new IntegrityException("<renames> entry '" + spec + "' is neither table.column:newColumn nor table:newTable");
    }
    int dot = sides[0].lastIndexOf('.');
    boolean column = dot > 0;
    String table = column ? sides[0].substring(0, dot) : sides[0];
    String from = column ? sides[0].substring(dot + 1) : sides[0];
    Difference extra = find(differences, column ? DifferenceKind.EXTRA_COLUMN : DifferenceKind.EXTRA_TABLE, table, column ? from : null)
        .orElseThrow(() -> new IntegrityException("<renames> entry '" + spec + "': " + sides[0]
            + " is not " + (column ? "a column" : "a table") + " the migrations have and the model lacks (no " + (column ? "EXTRA_COLUMN" : "EXTRA_TABLE") + " difference)"));
    Difference missing = find(differences, column ? DifferenceKind.MISSING_COLUMN : DifferenceKind.MISSING_TABLE, column ? table : sides[1], column ? sides[1] : null)
        .orElseThrow(() -> new IntegrityException("<renames> entry '" + spec + "': " + (column ? table + "." : "") + sides[1]
            + " is not " + (column ? "a column" : "a table") + " the model has and the migrations lack (no " + (column ? "MISSING_COLUMN" : "MISSING_TABLE") + " difference)"));
    if (column && !RenameHints.sameColumnType(missing, extra)) {
      throw new IntegrityException("<renames> entry '" + spec + "': the types differ (model " + missing.model() + ", database "
          + extra.database() + "); a rename would not make them agree. Remove the entry, or change the entity's type first.");
    }
    return new RenameHints.Pair(missing, extra);
  }

  private static Optional<Difference> find(List<Difference> differences, DifferenceKind kind, String table, String column) {
    List<Difference> found = differences.stream()
        .filter(d -> d.kind() == kind && d.table().equals(table) && (column == null || column.equals(d.column()))).toList();
    if (found.size() > 1) {
      throw new IntegrityException("<renames>: " + table + " is in more than one schema; the rename is ambiguous");
    }
    return found.stream().findFirst();
  }

  private static Rename rename(RenameHints.Pair pair) {
    Difference extra = pair.extra();
    Difference missing = pair.missing();
    return extra.column() == null
        ? new Rename(extra.schema(), extra.table(), null, missing.table(), null)
        : new Rename(extra.schema(), extra.table(), extra.column(), missing.column(), RenameHints.column(extra).type());
  }

  /** What still differs once the database's column or table carries the model's name. */
  private static List<Difference> leftOver(RenameHints.Pair pair) {
    Table model;
    Table renamed;
    if (pair.extra().column() == null) {
      model = RenameHints.table(pair.missing());
      Table database = RenameHints.table(pair.extra());
      renamed = new Table(database.schema(), model.name(), database.columns(), database.primaryKey(), database.foreignKeys(),
          database.indexes(), database.checks());
    } else {
      Column wanted = RenameHints.column(pair.missing());
      Column database = RenameHints.column(pair.extra());
      model = single(pair.missing(), wanted);
      renamed = single(pair.missing(), new Column(wanted.name(), database.type(), database.nullable(), database.defaultValue(),
          database.identity(), database.ownedSequence()));
    }
    return Differ.diff(Schema.of(List.of(model), List.of(), List.of()), Schema.of(List.of(renamed), List.of(), List.of()),
        Origins.none(), ComparePolicy.MODEL_VS_MIGRATIONS);
  }

  private static Table single(Difference difference, Column column) {
    return new Table(difference.schema(), difference.table(), List.of(column), null, List.of(), List.of(), List.of());
  }
}
