package dev.integrity.core.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * This JVM's side of the watchdog: a small child JVM ({@link WatchdogProcess}), started with the first
 * server, that reads what this JVM starts and releases from a pipe. A shutdown hook does not run when the
 * JVM is killed (SIGKILL, the OOM killer, a CI job cancelled hard), but the kernel closes the pipe then, and
 * the watchdog stops what was not released. Without a watchdog (it could not start) the sweep at the next
 * start is what remains.
 */
final class Watchdog {

  private static OutputStream pipe;
  private static boolean unavailable;

  private Watchdog() {}

  /** Before an embedded server starts in {@code directory}. */
  static void watchDirectory(Path directory) {
    send(WatchdogProcess.DIRECTORY + " " + directory);
  }

  /** After the server of {@code directory} stopped and the directory is gone. */
  static void releaseDirectory(Path directory) {
    send(WatchdogProcess.RELEASED + " " + WatchdogProcess.DIRECTORY + " " + directory);
  }

  /** Before a container labelled with this JVM as its owner is created. */
  static void watchContainer() {
    send(WatchdogProcess.CONTAINER);
  }

  /** After such a container was removed. */
  static void releaseContainer() {
    send(WatchdogProcess.RELEASED + " " + WatchdogProcess.CONTAINER);
  }

  private static synchronized void send(String line) {
    try {
      if (pipe == null && !unavailable) {
        pipe = start();
      }
      if (pipe != null) {
        pipe.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        pipe.flush();
      }
    } catch (IOException | RuntimeException e) {
      unavailable = true; // the watchdog could not start or died: the next start's sweep covers this build
      pipe = null;
    }
  }

  private static OutputStream start() throws IOException {
    Owner owner = Owner.current();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-cp", PluginClassPath.asArgument(),
        WatchdogProcess.class.getName(), owner.host(), String.valueOf(owner.pid()), String.valueOf(owner.startMillis())));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("TESTCONTAINERS_RYUK_DISABLED", "true"); // it removes containers itself
    return builder.start().getOutputStream();
  }
}
