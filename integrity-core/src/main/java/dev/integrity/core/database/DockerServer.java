package dev.integrity.core.database;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.integrity.core.common.IntegrityException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** A PostgreSQL container started through Testcontainers and stopped by {@link #close()} (no reliance on Ryuk). */
final class DockerServer extends ScratchServer {

  private final PostgreSQLContainer container;
  private final String reason;

  private DockerServer(PostgreSQLContainer container, String reason) {
    this.container = container;
    this.reason = reason;
  }

  /**
   * Null when a Docker engine answers, else why not. An explicit {@code DOCKER_HOST} is the engine the
   * user means, as for the docker CLI: when it does not answer, Testcontainers' fallback to the local
   * socket is not taken. Without one, {@link DockerProbe} rules out the usual case of no engine at all
   * before Testcontainers' own search, which logs at ERROR, is asked.
   */
  static String dockerProblem() {
    String host = System.getenv("DOCKER_HOST");
    if (host != null && !host.isBlank()) {
      String hostProblem = hostProblem(host.trim());
      if (hostProblem != null) {
        return "DOCKER_HOST=" + host.trim() + " does not answer (" + hostProblem + ")";
      }
    } else {
      String quietProblem = DockerProbe.problem(System.getenv(), Path.of(System.getProperty("user.home")));
      if (quietProblem != null) {
        return quietProblem;
      }
    }
    try {
      if (DockerClientFactory.instance().isDockerAvailable()) {
        return null;
      }
    } catch (RuntimeException | LinkageError e) {
      // reported below
    }
    return "no Docker engine answers (checked DOCKER_HOST, ~/.testcontainers.properties and /var/run/docker.sock)";
  }

  private static String hostProblem(String host) {
    try {
      URI uri = URI.create(host);
      if ("unix".equals(uri.getScheme())) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(Path.of(uri.getPath())))) {
          return null;
        }
      }
      if ("tcp".equals(uri.getScheme())) {
        try (Socket socket = new Socket()) {
          socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 2375 : uri.getPort()), 5_000);
          return null;
        }
      }
      return null; // other schemes (npipe, ssh): left to Testcontainers
    } catch (IOException | IllegalArgumentException e) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }

  static DockerServer start(String image, Duration timeout, String reason) {
    String problem = dockerProblem();
    if (problem != null) {
      throw new IntegrityException("<database>docker</database> needs a Docker engine, and " + problem
          + ". Start Docker (or fix DOCKER_HOST), or use <database>embedded</database> (no Docker needed) or <database>auto</database>.");
    }
    List<String> stale = OwnedContainers.sweep();
    String described = stale.isEmpty() ? reason
        : reason + "; removed " + stale.size() + " stale container(s) of ended builds: " + String.join(", ", stale);
    DockerImageName name = DockerImageName.parse(image);
    ensureImage(name, timeout);
    PostgreSQLContainer container = new PostgreSQLContainer(name.asCompatibleSubstituteFor("postgres")).withStartupTimeout(timeout)
        .withCommand(DisposableSettings.command()).withLabels(OwnedContainers.labels());
    Watchdog.watchContainer(); // before the container exists: a build killed while it starts leaves none
    try {
      container.start();
      ExitCleanup.prepare();
      return new DockerServer(container, described);
    } catch (RuntimeException e) {
      container.stop();
      Watchdog.releaseContainer();
      if (ProviderMessages.anyMessageContains(e, "Timed out")) {
        throw new IntegrityException("the PostgreSQL container from image " + image + " did not become ready within <startupTimeout> "
            + ProviderMessages.duration(timeout) + ": " + ProviderMessages.rootMessage(e)
            + ". Raise <startupTimeout> (e.g. 120s) on a slow or busy machine, or check that the image runs PostgreSQL.", e);
      }
      throw new IntegrityException("the PostgreSQL container from image " + image + " did not start: " + ProviderMessages.rootMessage(e)
          + ". Check that <image> names a PostgreSQL image (such as postgres:17), or use <database>embedded</database>.", e);
    }
  }

  /** Pulls the image once when it is not present, so that an absent image fails at once with its name. */
  private static void ensureImage(DockerImageName name, Duration timeout) {
    DockerClient client = DockerClientFactory.instance().client();
    try {
      client.inspectImageCmd(name.asCanonicalNameString()).exec();
      return;
    } catch (NotFoundException absent) {
      // pull below
    }
    try {
      boolean done = client.pullImageCmd(name.getUnversionedPart()).withTag(name.getVersionPart()).start()
          .awaitCompletion(Math.max(timeout.toMillis(), 60_000), TimeUnit.MILLISECONDS);
      if (!done) {
        throw new IntegrityException("pulling the image " + name.asCanonicalNameString() + " did not finish in time."
            + " Pull it beforehand (docker pull " + name.asCanonicalNameString() + "), or use <database>embedded</database>.");
      }
    } catch (RuntimeException e) {
      if (e instanceof IntegrityException integrity) {
        throw integrity;
      }
      throw imageAbsent(name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw imageAbsent(name, e);
    }
  }

  private static IntegrityException imageAbsent(DockerImageName name, Exception e) {
    return new IntegrityException("the image " + name.asCanonicalNameString() + " (<image>) is not present on the Docker engine and"
        + " cannot be pulled: " + ProviderMessages.rootMessage(e) + ". Pull or build it on this machine (docker pull "
        + name.asCanonicalNameString() + "), set <image> to an image the engine has, or use <database>embedded</database>.", e);
  }

  @Override
  String maintenanceDatabase() {
    return container.getDatabaseName();
  }

  @Override
  Database database(String name) {
    String url = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + name;
    return new Database(url, container.getUsername(), container.getPassword(), name);
  }

  /** The container's id: stopping the server removes it. */
  String containerId() {
    return container.getContainerId();
  }

  @Override
  public String description() {
    return "PostgreSQL container " + container.getContainerId().substring(0, 12) + " from " + container.getDockerImageName()
        + " on port " + container.getMappedPort(5432) + " (" + reason + ")";
  }

  @Override
  public void close() {
    container.stop();
    Watchdog.releaseContainer();
  }
}
