package dev.integrity.core.rehearse;

import dev.integrity.core.rows.FilledRows;
import java.util.List;

/**
 * The rehearsal's outcome: how many changeSets the database had before it was filled ({@code base}), the rows it
 * was filled with, the new changeSets that applied over them, the one that failed (null: none) and those not tried
 * after it.
 */
public record RehearsalResult(int base, FilledRows filled, List<String> applied, Refusal refusal, List<String> notTried) {

  /** A new changeSet the populated database refused: its key ({@code file::id::author}), PostgreSQL's message, the statement. */
  public record Refusal(String changeSet, String location, String reason, String statement) {}

  public RehearsalResult {
    applied = List.copyOf(applied);
    notTried = List.copyOf(notTried);
  }

  public boolean failed() {
    return refusal != null;
  }
}
