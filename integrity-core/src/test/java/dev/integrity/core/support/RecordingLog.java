package dev.integrity.core.support;

import dev.integrity.core.common.Log;
import java.util.ArrayList;
import java.util.List;

/** A log that keeps its lines for a test to read, warnings prefixed {@code WARN }. */
public final class RecordingLog implements Log {

  private final List<String> lines = new ArrayList<>();

  @Override
  public synchronized void info(String message) {
    lines.add(message);
  }

  @Override
  public synchronized void warn(String message) {
    lines.add("WARN " + message);
  }

  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }
}
