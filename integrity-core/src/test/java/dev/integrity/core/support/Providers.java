package dev.integrity.core.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.integrity.core.database.DatabaseSettings;
import java.time.Duration;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;

/**
 * The providers tests run against. Without a Docker engine the docker provider's tests are skipped with
 * a visible reason, unless {@code -Dintegrity.requireDocker=true} (CI) turns that skip into a failure.
 */
public final class Providers {

  private Providers() {}

  public static Stream<String> both() {
    return Stream.of("embedded", "docker");
  }

  public static DatabaseSettings settings(String mode) {
    if (mode.equals("docker")) {
      requireDocker();
    }
    return new DatabaseSettings(mode, DatabaseSettings.DEFAULT_IMAGE, Duration.ofSeconds(60), null, null, null);
  }

  public static void requireDocker() {
    boolean available;
    try {
      available = DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      available = false;
    }
    if (!available && Boolean.getBoolean("integrity.requireDocker")) {
      fail("integrity.requireDocker=true but no Docker engine answers: start dockerd (see .ci/run)");
    }
    assumeTrue(available, "no Docker engine answers: docker provider test skipped (CI runs it with -Dintegrity.requireDocker=true)");
  }
}
