package dev.integrity.core.common;

/** Where the core reports progress; the Maven plugin maps it to its own log. */
public interface Log {

  void info(String message);

  void warn(String message);

  Log SILENT = new Log() {
    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {}
  };
}
