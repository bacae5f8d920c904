package dev.integrity.core.rows;

import java.util.List;

/**
 * What {@link SyntheticRows} filled: the tables in the order they were filled, each with {@code rowsPerTable}
 * rows, and what it could not fill as asked (columns left NULL or to their default, foreign keys set afterwards, and,
 * with {@link SyntheticRows#fillWhatFits}, tables left empty).
 */
public record FilledRows(int rowsPerTable, List<String> tables, List<String> notes) {

  public FilledRows {
    tables = List.copyOf(tables);
    notes = List.copyOf(notes);
  }
}
