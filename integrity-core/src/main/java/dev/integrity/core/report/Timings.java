package dev.integrity.core.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Wall-clock time of each phase of a run, in the order the phases started. */
public final class Timings {

  private final Map<String, Long> millis = new LinkedHashMap<>();

  public synchronized void record(String phase, long startNanos) {
    millis.put(phase, (System.nanoTime() - startNanos) / 1_000_000);
  }

  public synchronized Map<String, Long> ordered() {
    return new LinkedHashMap<>(millis);
  }

  /** {@code database start 1.2 s, migrate 0.8 s, ...}. */
  public synchronized String line() {
    return millis.entrySet().stream()
        .map(e -> e.getKey() + " " + String.format(java.util.Locale.ROOT, "%.2f s", e.getValue() / 1000.0))
        .collect(Collectors.joining(", "));
  }
}
