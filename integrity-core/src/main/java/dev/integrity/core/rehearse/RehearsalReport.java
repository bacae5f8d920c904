package dev.integrity.core.rehearse;

import dev.integrity.core.report.ReportFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code rehearsal.json} and the console lines of the populated rehearsal. */
public final class RehearsalReport {

  public static final String FILE_NAME = "rehearsal.json";

  private RehearsalReport() {}

  public static Path write(Path directory, RehearsalResult result) {
    RehearsalResult.Refusal refusal = result.refusal();
    return ReportFiles.json(directory.resolve(FILE_NAME), ReportFiles.object(
        "status", result.failed() ? "failed" : "passed",
        "base", result.base(),
        "rowsPerTable", result.filled().rowsPerTable(),
        "tables", result.filled().tables(),
        "notes", result.filled().notes(),
        "applied", result.applied(),
        "refused", refusal == null ? null : ReportFiles.object(
            "changeSet", refusal.changeSet(), "location", refusal.location(), "reason", refusal.reason(), "statement", refusal.statement()),
        "notTried", result.notTried()));
  }

  public static List<String> lines(RehearsalResult result) {
    List<String> lines = new ArrayList<>();
    int tables = result.filled().tables().size();
    String filled = tables + " table" + (tables == 1 ? "" : "s") + " of " + result.filled().rowsPerTable() + " synthetic rows each (after "
        + result.base() + " old changeSet" + (result.base() == 1 ? "" : "s") + ")";
    RehearsalResult.Refusal refusal = result.refusal();
    if (refusal == null) {
      int applied = result.applied().size();
      lines.add("Rehearsal passed: " + (applied == 1 ? "the new changeSet applies" : "the " + applied + " new changeSets apply")
          + " over " + filled + ".");
    } else {
      lines.add("Rehearsal failed: over " + filled + ", changeSet " + refusal.changeSet() + " (" + refusal.location() + ") fails: "
          + refusal.reason());
      if (!refusal.statement().isEmpty()) {
        lines.add("  statement: " + refusal.statement());
      }
      if (!result.notTried().isEmpty()) {
        lines.add("  not tried after it: " + String.join(", ", result.notTried()));
      }
    }
    result.filled().notes().forEach(note -> lines.add("  synthetic rows: " + note));
    return lines;
  }
}
