package dev.integrity.core.database;

import dev.integrity.core.common.Secrets;
import java.time.Duration;

/**
 * Which server to use: {@code mode} is {@code docker}, {@code embedded}, {@code jdbc} or {@code auto};
 * {@code image} the docker provider's image; the jdbc provider's URL and credentials. {@code buildId}
 * and {@code buildUsers} share one server among the modules of a build (see {@link SharedServers}); a
 * null {@code buildId} gives this run a server of its own.
 */
public record DatabaseSettings(String mode, String image, Duration startupTimeout, String jdbcUrl, String username, String password,
    String buildId, int buildUsers) {

  public static final String DEFAULT_IMAGE = "postgres:17";

  public DatabaseSettings(String mode, String image, Duration startupTimeout, String jdbcUrl, String username, String password) {
    this(mode, image, startupTimeout, jdbcUrl, username, password, null, 0);
  }

  public static DatabaseSettings auto() {
    return new DatabaseSettings("auto", DEFAULT_IMAGE, Duration.ofSeconds(60), null, null, null);
  }

  /** These settings, with the server shared by the {@code users} runs of build {@code id}. */
  public DatabaseSettings sharedBy(String id, int users) {
    return new DatabaseSettings(mode, image, startupTimeout, jdbcUrl, username, password, id, users);
  }

  @Override
  public String toString() {
    return "DatabaseSettings[" + mode + ", " + image + ", " + startupTimeout + ", " + Secrets.redact(jdbcUrl, password) + ", " + username
        + (buildId == null ? "" : ", shared by " + buildUsers + " runs of build " + buildId) + "]";
  }
}
