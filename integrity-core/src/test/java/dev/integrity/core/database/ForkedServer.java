package dev.integrity.core.database;

import dev.integrity.core.Integrity;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a forked JVM by the tests. {@code start <mode>}: starts a server and prints {@code STARTED} or
 * {@code ERROR <message>}. {@code hold <mode> [jdbcUrl user password]}: starts a server as the pipeline
 * does, creates a scratch database, prints {@code READY <database> <what to check>} and waits to be
 * interrupted. {@code migrate <mode> <out>}: runs verify on a changelog whose migration sleeps for
 * minutes, printing the log ({@code INFO Database: ...}), to be killed meanwhile.
 */
public final class ForkedServer {

  public static void main(String[] args) throws Exception {
    String mode = args[1];
    if (args[0].equals("migrate")) {
      DatabaseSettings settings = new DatabaseSettings(mode, DatabaseSettings.DEFAULT_IMAGE, Duration.ofSeconds(60), null, null, null);
      Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/cleanup/slow-migration.xml", Path.of(args[2]))
          .database(settings).build(), TestProjects.STDOUT);
      return;
    }
    DatabaseSettings settings = new DatabaseSettings(mode, DatabaseSettings.DEFAULT_IMAGE, Duration.ofSeconds(60),
        args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null, args.length > 4 ? args[4] : null);
    if (args[0].equals("start")) {
      start(settings);
    } else {
      hold(settings);
    }
  }

  private static void start(DatabaseSettings settings) {
    try (DatabaseServer server = DatabaseProviders.start(settings)) {
      System.out.println("STARTED " + server.description());
    } catch (IntegrityException e) {
      System.out.println("ERROR " + e.getMessage());
    }
  }

  private static void hold(DatabaseSettings settings) throws InterruptedException {
    DatabaseServer server = switch (settings.mode()) {
      case "docker" -> DockerServer.start(settings.image(), settings.startupTimeout(), "test");
      case "embedded" -> EmbeddedServer.start(settings.startupTimeout(), "test");
      default -> JdbcServer.connect(settings.jdbcUrl(), settings.username(), settings.password());
    };
    String check = server instanceof DockerServer docker ? docker.containerId()
        : server instanceof EmbeddedServer embedded ? embedded.port() + " " + embedded.directory()
        : "-";
    DatabaseServer guarded = new StoppedAtExit(server);
    Database scratch = guarded.createDatabase("integrity_forked");
    System.out.println("READY " + scratch.name() + " " + check);
    Thread.sleep(Long.MAX_VALUE);
  }
}
