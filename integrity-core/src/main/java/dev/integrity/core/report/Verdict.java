package dev.integrity.core.report;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.diff.Difference;
import dev.integrity.core.diff.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The lowest severity that fails the build ({@code failOn}); empty for {@code none}. */
public record Verdict(Optional<Severity> threshold) {

  public static Verdict parse(String failOn) {
    String value = failOn == null ? "low" : failOn.trim().toLowerCase(Locale.ROOT);
    if (value.equals("none")) {
      return new Verdict(Optional.empty());
    }
    try {
      return new Verdict(Optional.of(Severity.parse(value)));
    } catch (IllegalArgumentException e) {
      throw new IntegrityException("<failOn> is '" + failOn + "'; allowed values: critical, high, medium, low, none.");
    }
  }

  public List<Difference> failing(List<Difference> differences) {
    return threshold.map(t -> differences.stream().filter(d -> d.severity().atLeast(t)).toList()).orElse(List.of());
  }
}
