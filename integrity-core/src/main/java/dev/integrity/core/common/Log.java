package dev.integrity.core.common;

/** Where the core reports progress; the Maven plugin maps it to its own log. */
public interface Log {

  void info(String message);

  void warn(String message);

  /** Whether the user asked for debug output (Maven's {@code -X}): then the libraries' own logging is left as configured. */
  default boolean debugEnabled() {
    return false;
  }

  Log SILENT = new Log() {
    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {}
  };
}
