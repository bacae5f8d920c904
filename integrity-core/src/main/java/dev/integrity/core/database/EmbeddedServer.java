package dev.integrity.core.database;

import dev.integrity.core.common.IntegrityException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * zonky's embedded PostgreSQL: real binaries from Maven Central, started as a child process on a data
 * directory of its own under the temporary directory, which {@link #close()} removes. The server is thrown
 * away, so it runs without durability ({@link DisposableSettings}).
 */
final class EmbeddedServer extends ScratchServer {

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private final String reason;

  private EmbeddedServer(EmbeddedPostgres postgres, Path dataDirectory, String reason) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.reason = reason;
  }

  static EmbeddedServer start(Duration timeout, String reason) {
    Path dataDirectory;
    try {
      dataDirectory = Files.createTempDirectory("integrity-pg-");
    } catch (IOException e) {
      throw new IntegrityException("cannot create a data directory for the embedded PostgreSQL under " + System.getProperty("java.io.tmpdir")
          + ": " + e.getMessage() + ". Free space there or point java.io.tmpdir elsewhere (MAVEN_OPTS=-Djava.io.tmpdir=...).", e);
    }
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      DisposableSettings.NO_DURABILITY.forEach(builder::setServerConfig);
      return new EmbeddedServer(builder
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(true)
          .setPGStartupWait(timeout)
          .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
          .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
          .start(), dataDirectory, reason);
    } catch (IOException | RuntimeException e) {
      stopOrphan(dataDirectory);
      String detail = ProviderMessages.rootMessage(e);
      if (ProviderMessages.anyMessageContains(e, "Gave up waiting")) {
        throw new IntegrityException("the embedded PostgreSQL did not become ready within <startupTimeout> "
            + ProviderMessages.duration(timeout) + ". Raise <startupTimeout> (e.g. 120s) on a slow or busy machine.", e);
      }
      throw new IntegrityException("the embedded PostgreSQL did not start: " + detail
          + ". Inside a container the embedded server needs a non-root user (PostgreSQL refuses to run as root and"
          + " `unshare` is not allowed there); otherwise use <database>docker</database> or <database>jdbc</database>.", e);
    }
  }

  /** A server that started but was given up on keeps running: stop it by its pid file and remove its data. */
  private static void stopOrphan(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    try {
      if (Files.isRegularFile(pidFile)) {
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        ProcessHandle.of(pid).ifPresent(process -> {
          process.destroy();
          process.onExit().join();
        });
      }
      deleteRecursively(dataDirectory);
    } catch (IOException | RuntimeException e) {
      // best effort: the start failure is what the user must see
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  @Override
  String maintenanceDatabase() {
    return "postgres";
  }

  @Override
  Database database(String name) {
    return new Database(postgres.getJdbcUrl("postgres", name), "postgres", null, name);
  }

  int port() {
    return postgres.getPort();
  }

  Path dataDirectory() {
    return dataDirectory;
  }

  @Override
  public String description() {
    return "embedded PostgreSQL on port " + postgres.getPort() + ", data in " + dataDirectory + " (" + reason + ")";
  }

  @Override
  public void close() {
    try {
      postgres.close();
      deleteRecursively(dataDirectory);
    } catch (IOException e) {
      throw new IntegrityException("the embedded PostgreSQL did not stop cleanly: " + e.getMessage()
          + ". Remove " + dataDirectory + " by hand if it is still there.", e);
    }
  }
}
