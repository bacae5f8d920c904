package dev.integrity.core.baseline;

import dev.integrity.core.diff.Difference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's differences split by the baseline: those it does not accept ({@code kept}, judged as ever), those
 * it accepts ({@code baselined}, reported apart and never failing), and its entries that no longer occur
 * ({@code stale}: the file must shrink, so they fail the run until it is rewritten). {@code file} is null
 * when no baseline file exists; {@code section} says which of its comparisons.
 */
public record Baselined(Path file, BaselineSection section, List<Difference> kept, List<Difference> baselined, List<BaselineEntry> stale) {

  public Baselined {
    kept = List.copyOf(kept);
    baselined = List.copyOf(baselined);
    stale = List.copyOf(stale);
  }

  /** No baseline: every difference is kept. */
  public static Baselined none(List<Difference> differences) {
    return new Baselined(null, BaselineSection.VERIFY, differences, List.of(), List.of());
  }

  /** Every difference of the run, accepted or not: what a rewritten baseline holds. */
  public List<Difference> all() {
    List<Difference> all = new ArrayList<>(kept);
    all.addAll(baselined);
    return all;
  }

  /** Why the baseline fails the run (its stale entries and the command that rewrites it), or null. */
  public String staleMessage() {
    if (stale.isEmpty()) {
      return null;
    }
    return stale.size() + (stale.size() == 1 ? " entry" : " entries") + " of the baseline " + file + (section == BaselineSection.VERIFY ? "" : " (" + section.member() + ")")
        + (stale.size() == 1 ? " no longer occurs" : " no longer occur") + ": run `" + section.rewriteCommand() + "` to rewrite it without them and commit the file";
  }

  /** For a build failure's message: a line saying why the stale entries fail, then one line each; or nothing. */
  public String staleDetail() {
    String message = staleMessage();
    return message == null ? "" : "\nThe baseline is stale: " + message + ":"
        + stale.stream().map(entry -> "\n  " + entry.describe()).collect(java.util.stream.Collectors.joining());
  }

  /** The console lines: what the baseline accepted, and its stale entries one per line. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    if (!baselined.isEmpty()) {
      lines.add("Baselined: " + baselined.size() + " difference" + (baselined.size() == 1 ? "" : "s")
          + " accepted by " + file + " (not failing; report.json marks them \"baselined\": true)");
    }
    if (!stale.isEmpty()) {
      lines.add("Stale baseline: " + staleMessage() + ":");
      stale.forEach(entry -> lines.add("  " + entry.describe()));
    }
    return lines;
  }
}
