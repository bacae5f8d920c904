package dev.integrity.core.baseline;

import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.DifferenceKind;
import java.util.Comparator;
import java.util.Objects;

/**
 * One accepted difference as the baseline file holds it: its key (kind, schema, table, and the column
 * for column kinds) and both sides' text. A difference is baselined only while all six are equal, so a
 * value that changed since the baseline was written fails again.
 */
public record BaselineEntry(DifferenceKind kind, String schema, String table, String column, String model, String database) {

  /** The order of the file: by place, then kind, then the sides' text (the report's order). */
  static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::schema)
      .thenComparing(BaselineEntry::table)
      .thenComparing(e -> e.column() == null ? "" : e.column())
      .thenComparing(BaselineEntry::kind)
      .thenComparing(e -> e.model() == null ? "" : e.model())
      .thenComparing(e -> e.database() == null ? "" : e.database());

  public BaselineEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(table, "table");
  }

  public static BaselineEntry of(Difference difference) {
    return new BaselineEntry(difference.kind(), difference.schema(), difference.table(), difference.column(),
        difference.model(), difference.database());
  }

  /** {@code TYPE_MISMATCH public.customer.email (model character varying(255), database character varying(80))}. */
  public String describe() {
    return kind + " " + schema + "." + table + (column == null ? "" : "." + column)
        + " (model " + (model == null ? "(absent)" : model) + ", database " + (database == null ? "(absent)" : database) + ")";
  }
}
