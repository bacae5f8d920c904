package dev.integrity.core.lint;

import dev.integrity.core.diff.Severity;
import java.util.Comparator;
import java.util.List;

/**
 * One lint result: the rule, how much it matters, where (the table and columns, and {@code location}: the
 * changelog file and line, or the table when the finding is about the migrated schema), what is wrong and
 * the fix (SQL or advice). {@code table} and {@code columns} may be null/empty when the rule has no table.
 */
public record Finding(
    LintRule rule,
    Severity severity,
    String schema,
    String table,
    List<String> columns,
    String location,
    String message,
    String fix) {

  /** The canonical order of reports: by rule, then place. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::rule)
      .thenComparing(f -> f.schema() == null ? "" : f.schema())
      .thenComparing(f -> f.table() == null ? "" : f.table())
      .thenComparing(f -> String.join(",", f.columns()))
      .thenComparing(f -> f.location() == null ? "" : f.location())
      .thenComparing(Finding::message);

  public Finding {
    columns = List.copyOf(columns);
  }
}
