package dev.integrity.core.baseline;

import dev.integrity.core.diff.Difference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The accepted differences of one section of {@code file} (null: no baseline file), in the file's order. */
public record Baseline(Path file, BaselineSection section, List<BaselineEntry> entries) {

  public Baseline {
    entries = List.copyOf(entries);
  }

  /** The section of the baseline at {@code file}, or an empty one when {@code file} is null or does not exist. */
  public static Baseline read(Path file, BaselineSection section) {
    return BaselineFile.read(file, section);
  }

  /** Splits {@code differences}: each entry accepts at most one difference equal to it in key and both sides. */
  public Baselined apply(List<Difference> differences) {
    if (entries.isEmpty()) {
      return Baselined.none(differences);
    }
    Map<BaselineEntry, Integer> unmatched = new HashMap<>();
    entries.forEach(entry -> unmatched.merge(entry, 1, Integer::sum));
    List<Difference> kept = new ArrayList<>();
    List<Difference> baselined = new ArrayList<>();
    for (Difference difference : differences) {
      BaselineEntry entry = BaselineEntry.of(difference);
      if (unmatched.getOrDefault(entry, 0) > 0) {
        unmatched.merge(entry, -1, Integer::sum);
        baselined.add(difference);
      } else {
        kept.add(difference);
      }
    }
    List<BaselineEntry> stale = new ArrayList<>();
    for (BaselineEntry entry : entries) {
      if (unmatched.getOrDefault(entry, 0) > 0) {
        unmatched.merge(entry, -1, Integer::sum);
        stale.add(entry);
      }
    }
    return new Baselined(file, section, kept, baselined, stale);
  }
}
