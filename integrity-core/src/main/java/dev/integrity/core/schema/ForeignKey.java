package dev.integrity.core.schema;

import java.util.List;

/**
 * A foreign key. {@code onUpdate}/{@code onDelete} are the SQL rule words ({@code NO ACTION}, {@code
 * CASCADE}, {@code SET NULL}, {@code SET DEFAULT}, {@code RESTRICT}).
 */
public record ForeignKey(
    String name,
    List<String> columns,
    String referencedSchema,
    String referencedTable,
    List<String> referencedColumns,
    String onUpdate,
    String onDelete) {

  public ForeignKey {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }

  /** What identifies the key regardless of its name: its columns and what they reference. */
  public String structure() {
    return String.join(",", columns) + " -> " + referencedSchema + "." + referencedTable + "(" + String.join(",", referencedColumns) + ")";
  }

  public String describe() {
    StringBuilder text = new StringBuilder("(" + String.join(", ", columns) + ") references "
        + referencedSchema + "." + referencedTable + "(" + String.join(", ", referencedColumns) + ")");
    if (!"NO ACTION".equals(onDelete)) {
      text.append(" on delete ").append(onDelete.toLowerCase(java.util.Locale.ROOT));
    }
    if (!"NO ACTION".equals(onUpdate)) {
      text.append(" on update ").append(onUpdate.toLowerCase(java.util.Locale.ROOT));
    }
    return text.toString();
  }
}
