package dev.integrity.core.changelog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code integrity:diff} tells the user after writing the fix: where it is, how to include it from
 * their master changelog (in the master's own format), and how to hold back its destructive changeSets.
 */
public final class FixInstructions {

  private FixInstructions() {}

  /** @param fix the written fix, null when there was nothing to fix */
  public static List<String> lines(Path masterChangeLog, Path fix, int destructive) {
    if (fix == null) {
      return List.of("Nothing to fix: the migrated database matches the entity model; no changelog written.");
    }
    String name = "integrity-fix-" + fix.getFileName();
    List<String> lines = new ArrayList<>();
    lines.add("Fix changelog written: " + fix);
    lines.add("Review it, copy it next to " + masterChangeLog.getFileName() + " as a new file (e.g. " + name
        + "), commit it and include it after the existing changes:");
    String master = masterChangeLog.getFileName().toString().toLowerCase(Locale.ROOT);
    if (master.endsWith(".xml")) {
      lines.add("  <include file=\"" + name + "\" relativeToChangelogFile=\"true\"/>");
    } else if (master.endsWith(".yaml") || master.endsWith(".yml")) {
      lines.add("  - include:");
      lines.add("      file: " + name);
      lines.add("      relativeToChangelogFile: true");
    } else if (master.endsWith(".json")) {
      lines.add("  { \"include\": { \"file\": \"" + name + "\", \"relativeToChangelogFile\": true } }");
    } else {
      lines.add("  (a formatted SQL changelog cannot include files: write the fix with changeLogFormat=sql and append its changeSets)");
    }
    if (destructive > 0) {
      lines.add(destructive + " changeSet" + (destructive == 1 ? " drops or narrows" : "s drop or narrow") + " something and "
          + (destructive == 1 ? "carries" : "carry") + " the label '" + ChangelogWriter.DESTRUCTIVE_LABEL
          + "': review them first; Liquibase's label filter '!" + ChangelogWriter.DESTRUCTIVE_LABEL + "' holds them back.");
    }
    return lines;
  }
}
