package dev.integrity.core.database;

import dev.integrity.core.common.IntegrityException;

/**
 * Starts the server the settings ask for; {@code auto} takes Docker when an engine answers, else
 * embedded. Settings with a build id get the build's shared server; every server is stopped at JVM exit
 * (Ctrl-C included) if nobody closed it before.
 */
public final class DatabaseProviders {

  public static final String MODES = "auto, docker, embedded, jdbc";

  private DatabaseProviders() {}

  public static DatabaseServer start(DatabaseSettings settings) {
    if (settings.buildId() != null) {
      return SharedServers.lease(settings);
    }
    return startOwn(settings);
  }

  /**
   * Brackets one counted run of build {@code buildId} (a module's execution) on the calling thread: a run
   * that leased no server by its end (it skipped, its verdict was cached, it failed before) counts as done,
   * so that the build's shared server stops after the last run that uses it, not at JVM exit.
   */
  public static void runStarts() {
    SharedServers.runStarts();
  }

  /** @see #runStarts() */
  public static void runEnds(String buildId) {
    SharedServers.runEnds(buildId);
  }

  static DatabaseServer startOwn(DatabaseSettings settings) {
    DatabaseServer server = switch (settings.mode()) {
      case "docker" -> DockerServer.start(settings.image(), settings.startupTimeout(), "database=docker");
      case "embedded" -> EmbeddedServer.start(settings.startupTimeout(), "database=embedded");
      case "jdbc" -> JdbcServer.connect(settings.jdbcUrl(), settings.username(), settings.password());
      case "auto" -> startAuto(settings);
      default -> throw new IntegrityException("<database> is '" + settings.mode() + "'; allowed values: " + MODES
          + ". Fix <database> in the plugin's configuration (or -Dintegrity.database).");
    };
    return new StoppedAtExit(server);
  }

  private static DatabaseServer startAuto(DatabaseSettings settings) {
    String problem = DockerServer.dockerProblem();
    return problem == null
        ? DockerServer.start(settings.image(), settings.startupTimeout(), "database=auto: a Docker engine answers")
        : EmbeddedServer.start(settings.startupTimeout(), "database=auto: " + problem + ": using the embedded PostgreSQL");
  }
}
