package dev.integrity.core.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.support.Fork;
import dev.integrity.core.support.Providers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user reads when no server can be had: each message names the cause and ends with what to do. */
class ProviderErrorsTest {

  private static String failure(DatabaseSettings settings) {
    return assertThrows(IntegrityException.class, () -> DatabaseProviders.start(settings).close()).getMessage();
  }

  @Test
  void anUnknownDatabaseModeNamesTheElementAndTheAllowedValues() {
    assertEquals("<database> is 'dockr'; allowed values: auto, docker, embedded, jdbc. Fix <database> in the plugin's configuration"
        + " (or -Dintegrity.database).", failure(new DatabaseSettings("dockr", null, Duration.ofSeconds(60), null, null, null)));
  }

  @Test
  void dockerWithoutAnEngineSaysSoAndOffersEmbedded(@TempDir Path dir) throws Exception {
    String dockerHost = "unix://" + dir.resolve("no-docker.sock");
    try (Fork fork = Fork.start(ForkedServer.class, Map.of("DOCKER_HOST", dockerHost), "start", "docker")) {
      String message = fork.lineStartingWith("ERROR ");
      assertNotNull(message, "the fork started a server although DOCKER_HOST points at nothing");
      assertTrue(message.startsWith("<database>docker</database> needs a Docker engine, and DOCKER_HOST=" + dockerHost
          + " does not answer ("), message);
      assertTrue(message.endsWith("Start Docker (or fix DOCKER_HOST), or use <database>embedded</database> (no Docker needed)"
          + " or <database>auto</database>."), message);
      fork.waitForExit();
    }
  }

  @Test
  void autoWithoutAnEngineFallsBackToEmbeddedAndSaysWhy(@TempDir Path dir) throws Exception {
    String dockerHost = "unix://" + dir.resolve("no-docker.sock");
    try (Fork fork = Fork.start(ForkedServer.class, Map.of("DOCKER_HOST", dockerHost), "start", "auto")) {
      String started = fork.lineStartingWith("STARTED ");
      assertNotNull(started);
      assertTrue(started.startsWith("embedded PostgreSQL on port "), started);
      assertTrue(started.contains("(database=auto: DOCKER_HOST=" + dockerHost + " does not answer ("), started);
      fork.waitForExit();
    }
  }

  @Test
  void anImageThatIsAbsentAndCannotBePulledIsNamed() {
    Providers.requireDocker();
    String message = failure(new DatabaseSettings("docker", "integrity-test/absent:1", Duration.ofSeconds(60), null, null, null));
    assertTrue(message.startsWith("the image integrity-test/absent:1 (<image>) is not present on the Docker engine and cannot be pulled: "),
        message);
    assertTrue(message.endsWith(". Pull or build it on this machine (docker pull integrity-test/absent:1), set <image> to an image the"
        + " engine has, or use <database>embedded</database>."), message);
  }

  @Test
  void aContainerNotReadyInTimeNamesStartupTimeout() {
    Providers.requireDocker();
    String message = failure(new DatabaseSettings("docker", DatabaseSettings.DEFAULT_IMAGE, Duration.ofMillis(1), null, null, null));
    assertTrue(message.startsWith("the PostgreSQL container from image postgres:17 did not become ready within <startupTimeout> 1 ms: "),
        message);
    assertTrue(message.endsWith(". Raise <startupTimeout> (e.g. 120s) on a slow or busy machine, or check that the image runs PostgreSQL."),
        message);
  }

  @Test
  void anEmbeddedServerNotReadyInTimeNamesStartupTimeout() {
    assertEquals("the embedded PostgreSQL did not become ready within <startupTimeout> 1 ms. Raise <startupTimeout> (e.g. 120s) on a slow"
        + " or busy machine.", failure(new DatabaseSettings("embedded", null, Duration.ofMillis(1), null, null, null)));
  }
}
