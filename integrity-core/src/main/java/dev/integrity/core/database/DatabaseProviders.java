package dev.integrity.core.database;

import dev.integrity.core.IntegrityException;

/** Starts the server the settings ask for; {@code auto} takes Docker when an engine answers, else embedded. */
public final class DatabaseProviders {

  private DatabaseProviders() {}

  public static DatabaseServer start(DatabaseSettings settings) {
    return switch (settings.mode()) {
      case "docker" -> DockerServer.start(settings.image(), settings.startupTimeout(), "database=docker");
      case "embedded" -> EmbeddedServer.start(settings.startupTimeout(), "database=embedded");
      case "auto" -> DockerServer.dockerAnswers()
          ? DockerServer.start(settings.image(), settings.startupTimeout(), "database=auto: a Docker engine answers")
          : EmbeddedServer.start(settings.startupTimeout(), "database=auto: no Docker engine answers");
      default -> throw new IntegrityException("<database> is '" + settings.mode()
          + "'; allowed values: auto, docker, embedded, jdbc.");
    };
  }
}
