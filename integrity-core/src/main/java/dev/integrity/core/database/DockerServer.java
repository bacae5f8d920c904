package dev.integrity.core.database;

import dev.integrity.core.IntegrityException;
import java.time.Duration;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** A PostgreSQL container started through Testcontainers and stopped by {@link #close()} (no reliance on Ryuk). */
final class DockerServer implements DatabaseServer {

  private final PostgreSQLContainer container;
  private final AdminConnection admin;
  private final String reason;

  private DockerServer(PostgreSQLContainer container, String reason) {
    this.container = container;
    this.reason = reason;
    this.admin = new AdminConnection(database(container.getDatabaseName()), this::database);
  }

  static boolean dockerAnswers() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  static DockerServer start(String image, Duration timeout, String reason) {
    if (!dockerAnswers()) {
      throw new IntegrityException("<database>docker</database> needs a Docker engine, and none answers"
          + " (checked DOCKER_HOST, ~/.testcontainers.properties and /var/run/docker.sock)."
          + " Start Docker, or use <database>embedded</database> (no Docker needed) or <database>auto</database>.");
    }
    PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
        .withStartupTimeout(timeout);
    try {
      container.start();
      return new DockerServer(container, reason);
    } catch (RuntimeException e) {
      container.stop();
      throw new IntegrityException("the PostgreSQL container from image " + image + " did not start within "
          + timeout.toSeconds() + " s: " + rootMessage(e)
          + ". Check that the image exists locally or can be pulled (<image>), or raise <startupTimeout>.", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getName() : root.getMessage();
  }

  private Database database(String name) {
    String url = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + name;
    return new Database(url, container.getUsername(), container.getPassword(), name);
  }

  @Override
  public String description() {
    return "PostgreSQL container " + container.getDockerImageName() + " (" + reason + ")";
  }

  @Override
  public Database createDatabase(String prefix) {
    return admin.create(prefix);
  }

  @Override
  public void dropDatabase(Database database) {
    admin.drop(database);
  }

  @Override
  public void close() {
    container.stop();
  }
}
