package dev.integrity.core.baseline;

import java.nio.file.Path;

/** What {@code integrity:baseline} wrote: the file, its number of entries, how many were added and removed, and whether its bytes changed. */
public record BaselineResult(Path file, int entries, int added, int removed, boolean changed) {

  public String line() {
    return "Baseline " + (changed ? "written" : "unchanged") + ": " + file + " (" + entries + " accepted difference"
        + (entries == 1 ? "" : "s") + (changed ? ", " + added + " added, " + removed + " removed" : "") + ")";
  }
}
