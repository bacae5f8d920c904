package dev.integrity.core.write;

import dev.integrity.core.changelog.ChangelogWriter;
import java.util.ArrayList;
import java.util.List;
import liquibase.changelog.ChangeSet;

/** What the new migration does, step by step, the destructive steps marked: the lines a reviewer reads before committing. */
public final class ReviewLines {

  private ReviewLines() {}

  public static List<String> lines(List<ChangeSet> steps) {
    List<String> lines = new ArrayList<>();
    int n = 1;
    for (ChangeSet step : steps) {
      boolean destructive = step.getLabels() != null && step.getLabels().getLabels().contains(ChangelogWriter.DESTRUCTIVE_LABEL);
      lines.add("  " + (destructive ? "! " : "+ ") + (n++) + ". " + step.getId().replace('-', ' ')
          + (destructive ? "   [destructive: review it]" : ""));
    }
    return lines;
  }
}
