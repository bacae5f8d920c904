package dev.integrity.core.diff;

import java.util.Locale;

/** How much a difference hurts, worst first (contract names). */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW;

  /** True when this severity is at least as bad as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
