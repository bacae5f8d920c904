package dev.integrity.core.database;

import java.time.Duration;

/**
 * Which server to use: {@code mode} is {@code docker}, {@code embedded}, {@code jdbc} or {@code auto};
 * {@code image} the docker provider's image; the jdbc provider's URL and credentials.
 */
public record DatabaseSettings(String mode, String image, Duration startupTimeout, String jdbcUrl, String username, String password) {

  public static final String DEFAULT_IMAGE = "postgres:17";

  public static DatabaseSettings auto() {
    return new DatabaseSettings("auto", DEFAULT_IMAGE, Duration.ofSeconds(60), null, null, null);
  }

  @Override
  public String toString() {
    return "DatabaseSettings[" + mode + ", " + image + ", " + startupTimeout + ", " + jdbcUrl + ", " + username + "]";
  }
}
