package dev.integrity.core.database;

import dev.integrity.core.common.IntegrityException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The directories of the embedded servers: {@code integrity-pg-*} under the temporary directory, each
 * holding the marker {@value #OWNER_FILE} (which JVM started it, written before the server starts) and
 * the PostgreSQL data directory {@value #DATA}. Only directories with a marker are the plugin's; one whose
 * owner is gone is stale, and stopping it stops its server (from {@code postmaster.pid}) and removes it.
 */
final class ScratchDirectories {

  private static final int DELETE_ATTEMPTS = 20;

  static final String PREFIX = "integrity-pg-";
  static final String OWNER_FILE = "integrity-owner";
  static final String DATA = "data";
  private static final long STOP_WAIT_MILLIS = 10_000;

  private ScratchDirectories() {}

  /** A new directory owned by this JVM; its {@link #DATA} subdirectory does not exist yet. */
  static Path create() {
    Path root = Path.of(System.getProperty("java.io.tmpdir"));
    try {
      Path directory = Files.createTempDirectory(root, PREFIX);
      Files.writeString(directory.resolve(OWNER_FILE), Owner.current().marker());
      return directory;
    } catch (IOException e) {
      throw new IntegrityException("cannot create a data directory for the embedded PostgreSQL under " + root
          + ": " + e.getMessage() + ". Free space there or point java.io.tmpdir elsewhere (MAVEN_OPTS=-Djava.io.tmpdir=...).", e);
    }
  }

  /** Stops the stale servers of owners that are gone and removes their directories; says which, one entry each. */
  static List<String> sweep() {
    List<String> stopped = new ArrayList<>();
    try (DirectoryStream<Path> directories = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")), PREFIX + "*")) {
      for (Path directory : directories) {
        Optional<Owner> owner = owner(directory);
        if (owner.isPresent() && !owner.get().alive()) {
          stop(directory);
          stopped.add(directory + " (build pid " + owner.get().pid() + " is gone)");
        }
      }
    } catch (IOException | RuntimeException e) {
      // best effort: a directory another sweep removes at the same time is no failure of this build
    }
    return stopped;
  }

  /** Stops the server running on {@code directory}'s data, if any, and removes the directory; best effort. */
  static void stop(Path directory) {
    stopServer(directory.resolve(DATA));
    deleteRecursively(directory);
  }

  /** Stops the server running on the data directory {@code data}, if any; best effort. */
  static void stopServer(Path data) {
    try {
      Path pidFile = data.resolve("postmaster.pid");
      if (Files.isRegularFile(pidFile)) {
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ScratchDirectories::isPostgres);
        if (postmaster.isPresent()) {
          immediateShutdown(postmaster.get());
        }
      }
    } catch (Exception e) {
      // removing the data directory still stops a server whose lock file goes (PostgreSQL checks it)
    }
  }

  /**
   * SIGQUIT, PostgreSQL's immediate shutdown: the postmaster stops its backends and releases its shared
   * memory without a checkpoint, which a server that is thrown away does not need (SIGTERM would wait for
   * sessions, and a dead build's backend inside a long statement does not notice its client is gone).
   */
  private static void immediateShutdown(ProcessHandle postmaster) throws Exception {
    boolean signalled = false;
    try {
      signalled = new ProcessBuilder("kill", "-QUIT", String.valueOf(postmaster.pid())).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    } catch (IOException noKillCommand) {
      // Windows: below
    }
    if (!signalled) {
      postmaster.destroyForcibly();
    }
    postmaster.onExit().get(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * Best effort, retried: a stopping server may still remove its own files (and a shutdown hook and the watchdog may
   * both be deleting), so a walk can meet a file that vanished or a directory that just gained one.
   */
  static void deleteRecursively(Path directory) {
    for (int attempt = 0; attempt < DELETE_ATTEMPTS && Files.exists(directory); attempt++) {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException | RuntimeException e) {
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Optional<Owner> owner(Path directory) {
    try {
      return Optional.ofNullable(Owner.parse(Files.readString(directory.resolve(OWNER_FILE))));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(command -> command.endsWith("postgres") || command.endsWith("postgres.exe")).orElse(true);
  }
}
