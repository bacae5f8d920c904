package dev.integrity.core.report;

import dev.integrity.core.common.IntegrityException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The reports a run can write ({@code formats}); {@link #GITHUB} is also on whenever the run is on GitHub Actions. */
public enum ReportFormat {
  CONSOLE,
  JSON,
  JUNIT,
  SARIF,
  GITHUB,
  GITLAB,
  HTML;

  public static final String DEFAULT = "console,json,junit";

  /** {@code console,json,junit}: comma-separated, case and blanks ignored; an unknown name is an error naming {@code <formats>}. */
  public static Set<ReportFormat> parse(String formats) {
    Set<ReportFormat> parsed = EnumSet.noneOf(ReportFormat.class);
    for (String name : (formats == null ? DEFAULT : formats).split(",")) {
      String value = name.trim().toUpperCase(Locale.ROOT);
      if (value.isEmpty()) {
        continue;
      }
      try {
        parsed.add(valueOf(value));
      } catch (IllegalArgumentException e) {
        throw new IntegrityException("<formats> has '" + name.trim() + "'; allowed values: " + allowed()
            + " (comma-separated, default " + DEFAULT + ").");
      }
    }
    return parsed;
  }

  private static String allowed() {
    return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }
}
