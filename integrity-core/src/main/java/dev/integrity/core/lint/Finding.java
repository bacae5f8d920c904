package dev.integrity.core.lint;

import dev.integrity.core.diff.Severity;
import dev.integrity.core.observe.TableSize;
import dev.integrity.core.observe.Throughput;
import java.util.Comparator;
import java.util.List;

/**
 * One lint result: the rule, how much it matters, where (the table and columns, and {@code location}: the
 * changelog file and line, or the table when the finding is about the migrated schema), what is wrong and
 * the fix (SQL or advice). {@code table} and {@code columns} may be null/empty when the rule has no table. A finding of
 * a rule that observes new changeSets may also carry how fast its statement went on the disposable server ({@code
 * measured}) and the live table's size ({@code live}, when a live database was given); both change from run to run
 * while the rule's {@code message} does not, so they are kept apart from it, out of the finding's identity and order,
 * and {@link #text()} is what reports print.
 */
public record Finding(
    LintRule rule,
    Severity severity,
    String schema,
    String table,
    List<String> columns,
    String location,
    String message,
    String fix,
    Throughput measured,
    TableSize live) {

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

  /** A finding with nothing measured and no live table. */
  public Finding(LintRule rule, Severity severity, String schema, String table, List<String> columns, String location, String message,
      String fix) {
    this(rule, severity, schema, table, columns, location, message, fix, null, null);
  }

  /**
   * The message as reported: with the live table's size and, when the statement's rate was measured, how long it takes
   * on the live table.
   */
  public String text() {
    if (live == null) {
      return message;
    }
    return message + "; the live table holds " + live
        + (measured == null ? "" : measured.estimate(live).map(estimate -> ": the statement takes " + estimate).orElse(""));
  }
}
