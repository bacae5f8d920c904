package dev.integrity.core.diff;

import java.util.Comparator;
import java.util.List;

/**
 * One difference between the model (database B) and the migrated database (A), with the changes that
 * make A equal to B for it (none for a view). {@code column} is null for table-level kinds; for sequence kinds {@code
 * table} holds the sequence's name; {@code model} and {@code database} describe each side, null where
 * absent; {@code entity} is the entity class behind it when known.
 */
public record Difference(
    DifferenceKind kind,
    Severity severity,
    String schema,
    String table,
    String column,
    String model,
    String database,
    String message,
    String entity,
    List<Change> fix) {

  /** The canonical order of reports: by place, then kind, then the sides' text. */
  public static final Comparator<Difference> ORDER = Comparator.comparing(Difference::schema)
      .thenComparing(Difference::table)
      .thenComparing(d -> d.column() == null ? "" : d.column())
      .thenComparing(Difference::kind)
      .thenComparing(d -> d.model() == null ? "" : d.model())
      .thenComparing(d -> d.database() == null ? "" : d.database());

  public Difference {
    fix = List.copyOf(fix);
  }

  /** True when any of {@code differences} has a step to write: one on a view an entity reads has none (only its query can change it). */
  public static boolean anyFix(List<Difference> differences) {
    return differences.stream().anyMatch(d -> !d.fix().isEmpty());
  }

  public Difference withSeverity(Severity newSeverity, String newMessage) {
    return new Difference(kind, newSeverity, schema, table, column, model, database, newMessage, entity, fix);
  }
}
