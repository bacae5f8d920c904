package dev.integrity.core.database;

import dev.integrity.core.common.IntegrityException;
import java.time.Duration;

/**
 * Run in a forked JVM by the tests. {@code start <mode>}: starts a server and prints {@code STARTED} or
 * {@code ERROR <message>}. {@code hold <mode> [jdbcUrl user password]}: starts a server as the pipeline
 * does, creates a scratch database, prints {@code READY <database> <what to check>} and waits to be
 * interrupted.
 */
public final class ForkedServer {

  public static void main(String[] args) throws InterruptedException {
    String mode = args[1];
    DatabaseSettings settings = new DatabaseSettings(mode, DatabaseSettings.DEFAULT_IMAGE, Duration.ofSeconds(60),
        args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null, args.length > 4 ? args[4] : null);
    if (args[0].equals("start")) {
      try (DatabaseServer server = DatabaseProviders.start(settings)) {
        System.out.println("STARTED " + server.description());
      } catch (IntegrityException e) {
        System.out.println("ERROR " + e.getMessage());
      }
      return;
    }
    DatabaseServer server = switch (mode) {
      case "docker" -> DockerServer.start(settings.image(), settings.startupTimeout(), "test");
      case "embedded" -> EmbeddedServer.start(settings.startupTimeout(), "test");
      default -> JdbcServer.connect(settings.jdbcUrl(), settings.username(), settings.password());
    };
    String check = server instanceof DockerServer docker ? docker.containerId()
        : server instanceof EmbeddedServer embedded ? embedded.port() + " " + embedded.dataDirectory()
        : "-";
    DatabaseServer guarded = new StoppedAtExit(server);
    Database scratch = guarded.createDatabase("integrity_forked");
    System.out.println("READY " + scratch.name() + " " + check);
    Thread.sleep(Long.MAX_VALUE);
  }
}
