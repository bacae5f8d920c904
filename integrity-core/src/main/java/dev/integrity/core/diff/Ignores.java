package dev.integrity.core.diff;

import java.util.List;

/** The differences the ignore rules keep, and how many they dropped (shown in the summary). */
public record Ignores(List<Difference> kept, int ignored) {

  public Ignores {
    kept = List.copyOf(kept);
  }

  public static Ignores apply(List<IgnoreRule> rules, List<Difference> differences) {
    List<Difference> kept = differences.stream().filter(d -> rules.stream().noneMatch(r -> r.matches(d))).toList();
    return new Ignores(kept, differences.size() - kept.size());
  }
}
