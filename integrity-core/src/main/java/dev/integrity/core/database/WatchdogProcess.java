package dev.integrity.core.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The watchdog's main: reads what its owner JVM starts and releases ({@link Watchdog}) until its stdin
 * closes, which happens however the owner ends. Then it stops the embedded servers and removes the
 * containers the owner did not release. After a normal exit everything is released and it does nothing.
 */
public final class WatchdogProcess {

  static final String DIRECTORY = "directory";
  static final String CONTAINER = "container";
  static final String RELEASED = "released";

  private WatchdogProcess() {}

  public static void main(String[] args) throws IOException {
    Owner owner = new Owner(args[0], Long.parseLong(args[1]), Long.parseLong(args[2]));
    Set<Path> directories = new LinkedHashSet<>();
    int containers = 0;
    BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.equals(CONTAINER)) {
        containers++;
      } else if (line.equals(RELEASED + " " + CONTAINER)) {
        containers--;
      } else if (line.startsWith(DIRECTORY + " ")) {
        directories.add(Path.of(line.substring(DIRECTORY.length() + 1)));
      } else if (line.startsWith(RELEASED + " " + DIRECTORY + " ")) {
        directories.remove(Path.of(line.substring((RELEASED + " " + DIRECTORY + " ").length())));
      }
    }
    directories.forEach(ScratchDirectories::stop);
    if (containers > 0) {
      OwnedContainers.removeAllOf(owner);
    }
    System.exit(0);
  }
}
