package dev.integrity.core.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The JVM that started a server, as written into the server's marker (a file beside an embedded data
 * directory, a label on a container): machine, pid and start time, so that a reused pid is not taken for
 * the owner.
 */
record Owner(String host, long pid, long startMillis) {

  private static final Owner CURRENT = of(ProcessHandle.current());

  static Owner current() {
    return CURRENT;
  }

  /** The marker's text, e.g. {@code build-host 4242 1764873600123}; null when it is not one. */
  static Owner parse(String marker) {
    String[] parts = marker.trim().split(" ");
    if (parts.length != 3) {
      return null;
    }
    try {
      return new Owner(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether this owner may still run: always for another machine's, whose processes cannot be seen from here. */
  boolean alive() {
    if (!host.equals(CURRENT.host)) {
      return true;
    }
    return ProcessHandle.of(pid).map(process -> startMillis(process) == startMillis).orElse(false);
  }

  String marker() {
    return host + " " + pid + " " + startMillis;
  }

  private static Owner of(ProcessHandle process) {
    return new Owner(hostName(), process.pid(), startMillis(process));
  }

  private static long startMillis(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }

  private static String hostName() {
    try {
      return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim().replace(' ', '_');
    } catch (IOException | RuntimeException e) {
      return Optional.ofNullable(System.getenv("COMPUTERNAME")).orElse("localhost").replace(' ', '_');
    }
  }
}
