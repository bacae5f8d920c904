package dev.integrity.core.migrate;

import java.util.List;
import java.util.Optional;

/**
 * Whether a changelog only gained changeSets since a state was migrated from it: the changeSets it had then
 * come first now, in the same order, each with the same checksum. Only then does applying what is new to
 * that state give what a run from empty gives.
 */
public final class ChangeLogGrowth {

  private ChangeLogGrowth() {}

  /** Empty when {@code now} is {@code then} with changeSets appended; else why not, for the log. */
  public static Optional<String> whyNotAppended(List<ChangeSetChecksum> then, List<ChangeSetChecksum> now) {
    for (int i = 0; i < then.size(); i++) {
      ChangeSetChecksum kept = then.get(i);
      ChangeSetChecksum current = i < now.size() ? now.get(i) : null;
      if (current == null || !current.sameChangeSet(kept)) {
        return Optional.of(moved(kept, current, now, then));
      }
      if (!current.checksum().equals(kept.checksum())) {
        return Optional.of((kept.runOnChange() ? "the runOnChange changeSet " : "the changeSet ") + kept + " changed");
      }
    }
    return Optional.empty();
  }

  private static String moved(ChangeSetChecksum kept, ChangeSetChecksum current, List<ChangeSetChecksum> now,
      List<ChangeSetChecksum> then) {
    if (now.stream().noneMatch(kept::sameChangeSet)) {
      return "the changeSet " + kept + " was removed";
    }
    if (then.stream().noneMatch(current::sameChangeSet)) {
      return "the changeSet " + current + " was inserted before changeSets already applied";
    }
    return "the changeSet " + kept + " moved (the changeSets were reordered)";
  }
}
