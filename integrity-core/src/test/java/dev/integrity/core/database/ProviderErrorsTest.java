package dev.integrity.core.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.support.Fork;
import dev.integrity.core.support.Providers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user reads when no server can be had: each message names the cause and ends with what to do. */
@Tag("machine-wide")
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

  /**
   * No engine at all (no DOCKER_HOST, no socket): the fork runs in a mount namespace of its own whose /run
   * (and so /var/run/docker.sock) is an empty tmpfs. Testcontainers' search would log
   * "[ERROR] Could not find a valid Docker environment" with a stack trace; the console gets one line.
   */
  @Test
  void autoWithNoEngineAtAllSaysSoInOneLineAndTestcontainersPrintsNothing(@TempDir Path home) throws Exception {
    List<String> hiddenRun = List.of("unshare", "--mount", "--propagation", "private", "sh", "-c", "mount -t tmpfs tmpfs /run && exec \"$@\"", "sh");
    List<String> probe = new ArrayList<>(hiddenRun.subList(0, 4));
    probe.add("true");
    assumeTrue(new ProcessBuilder(probe).inheritIO().start().waitFor() == 0,
        "needs `unshare --mount` (root on Linux) to hide the Docker socket from a fork");
    try (Fork fork = Fork.start(hiddenRun, List.of("-Duser.home=" + home), ForkedServer.class, Map.of(),
        Set.of("DOCKER_HOST", "XDG_RUNTIME_DIR"), "start", "auto")) {
      String started = fork.lineStartingWith("STARTED ");
      assertNotNull(started, "the fork started no server");
      assertTrue(started.contains("(database=auto: no Docker engine answers (checked DOCKER_HOST, ~/.testcontainers.properties and"
          + " [/var/run/docker.sock, "), started);
      assertTrue(started.contains("): using the embedded PostgreSQL"), started);
      fork.waitForExit();
      List<String> loud = fork.printed().stream()
          .filter(line -> line.contains("ERROR") || line.contains("WARN") || line.contains("valid Docker environment") || line.startsWith("\tat "))
          .toList();
      assertEquals(List.of(), loud, "Testcontainers' probe is not quiet");
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
