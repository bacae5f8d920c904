package dev.integrity.core.database;

import dev.integrity.core.common.IntegrityException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * zonky's embedded PostgreSQL: real binaries from Maven Central, started as a child process on a data
 * directory of its own under the temporary directory ({@link ScratchDirectories}), which {@link #close()}
 * removes. The data directory is a copy of an {@link EmbeddedTemplate}, so no build but the first of a
 * binaries version runs {@code initdb}. The {@link Watchdog} stops the server if this JVM dies without
 * closing it; the start stops the stale servers of builds that died before the watchdog existed or with it.
 * The server is thrown away, so it runs without durability ({@link DisposableSettings}).
 */
final class EmbeddedServer extends ScratchServer {

  private final EmbeddedPostgres postgres;
  private final Path directory;
  private final String reason;

  private EmbeddedServer(EmbeddedPostgres postgres, Path directory, String reason) {
    this.postgres = postgres;
    this.directory = directory;
    this.reason = reason;
  }

  static EmbeddedServer start(Duration timeout, String reason) {
    return start(new EmbeddedTemplate(EmbeddedTemplate.defaultCacheDirectory()), timeout, reason);
  }

  static EmbeddedServer start(EmbeddedTemplate template, Duration timeout, String reason) {
    List<String> notes = new ArrayList<>();
    List<String> stale = ScratchDirectories.sweep();
    if (!stale.isEmpty()) {
      notes.add("stopped " + stale.size() + " stale embedded server(s) of ended builds: " + String.join(", ", stale));
    }
    Path directory = ScratchDirectories.create();
    Watchdog.watchDirectory(directory);
    Path data = directory.resolve(ScratchDirectories.DATA);
    try {
      boolean copied = prepare(template, data, timeout, notes);
      EmbeddedPostgres postgres;
      try {
        postgres = startPostgres(data, timeout);
      } catch (IOException | RuntimeException e) {
        if (!copied) {
          throw e;
        }
        ScratchDirectories.stopServer(data);
        ScratchDirectories.deleteRecursively(data);
        template.discard("the server did not start from a copy of it (" + ProviderMessages.rootMessage(e) + ")", notes);
        prepare(template, data, timeout, notes);
        postgres = startPostgres(data, timeout);
      }
      return new EmbeddedServer(postgres, directory, notes.isEmpty() ? reason : reason + "; " + String.join("; ", notes));
    } catch (IOException | RuntimeException e) {
      ScratchDirectories.stop(directory);
      Watchdog.releaseDirectory(directory);
      if (ProviderMessages.anyMessageContains(e, "Gave up waiting")) {
        throw new IntegrityException("the embedded PostgreSQL did not become ready within <startupTimeout> "
            + ProviderMessages.duration(timeout) + ". Raise <startupTimeout> (e.g. 120s) on a slow or busy machine.", e);
      }
      throw new IntegrityException("the embedded PostgreSQL did not start: " + ProviderMessages.rootMessage(e)
          + ". Inside a container the embedded server needs a non-root user (PostgreSQL refuses to run as root and"
          + " `unshare` is not allowed there); otherwise use <database>docker</database> or <database>jdbc</database>.", e);
    }
  }

  /**
   * Fills the empty data directory {@code data}: a copy of the template (true), else {@code initdb} and one
   * clean start and stop, published as the template for the next builds (false).
   */
  private static boolean prepare(EmbeddedTemplate template, Path data, Duration timeout, List<String> notes) throws IOException {
    if (template.usable(notes)) {
      template.copyTo(data);
      return true;
    }
    if (template.directory() != null) {
      startPostgres(data, timeout).close();
      template.publish(data);
    }
    return false;
  }

  /** Runs {@code initdb} only when {@code data} holds no initialized cluster. */
  private static EmbeddedPostgres startPostgres(Path data, Duration timeout) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    DisposableSettings.NO_DURABILITY.forEach(builder::setServerConfig);
    return builder
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setPGStartupWait(timeout)
        .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
        .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
        .start();
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

  /** The server's directory: its owner marker and its data directory. */
  Path directory() {
    return directory;
  }

  @Override
  public String description() {
    return "embedded PostgreSQL on port " + postgres.getPort() + ", data in " + directory + " (" + reason + ")";
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new IntegrityException("the embedded PostgreSQL did not stop cleanly: " + e.getMessage()
          + ". Remove " + directory + " by hand if it is still there.", e);
    } finally {
      // run as root, pg_ctl stop runs in a user namespace of its own and may not signal the server: stopped from here
      ScratchDirectories.stop(directory);
      if (!Files.exists(directory)) {
        Watchdog.releaseDirectory(directory); // else the watchdog removes what is left when this JVM is gone
      }
    }
  }
}
