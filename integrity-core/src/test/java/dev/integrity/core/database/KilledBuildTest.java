package dev.integrity.core.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.support.Fork;
import dev.integrity.core.support.Providers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A build killed with SIGKILL (the OOM killer, a CI job cancelled hard) runs no shutdown hook: its
 * watchdog stops its server within seconds, and a server whose watchdog died with it is stopped by the
 * next start's sweep.
 */
@Tag("machine-wide")
class KilledBuildTest {

  private static final Duration FEW_SECONDS = Duration.ofSeconds(20);

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.integrity.core.support.Providers#both")
  void aBuildKilledDuringMigrateLeavesNoServerWithinSeconds(String provider, @TempDir Path out) throws Exception {
    if (provider.equals("docker")) {
      Providers.requireDocker();
    }
    try (Fork build = Fork.start(ForkedServer.class, Map.of(), "migrate", provider, out.toString())) {
      String database = build.lineStartingWith("INFO Database: ");
      assertNotNull(database, "the forked build started no server");
      Traces server = Traces.of(database);
      assertTrue(Traces.within(Duration.ofSeconds(90), () -> server.runs("pg_sleep")), "the migration never ran: " + database);
      build.kill();
      assertTrue(Traces.within(FEW_SECONDS, server::gone), "left behind by the killed build: " + database);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.integrity.core.support.Providers#both")
  void aStaleServerOfABuildThatDiedWithItsWatchdogIsStoppedAtTheNextStart(String provider) throws Exception {
    if (provider.equals("docker")) {
      Providers.requireDocker();
    }
    Traces stale;
    try (Fork build = Fork.start(ForkedServer.class, Map.of(), "hold", provider)) {
      String ready = build.lineStartingWith("READY ");
      assertNotNull(ready, "the forked build started no server");
      String[] parts = ready.split(" ");
      stale = provider.equals("docker") ? new Traces(parts[1], 0, null) : new Traces(null, Integer.parseInt(parts[1]), Path.of(parts[2]));
      ProcessHandle watchdog = build.handle().children()
          .filter(child -> child.info().command().orElse("").endsWith("java")).findFirst() // its only child JVM
          .orElseThrow(() -> new AssertionError("the forked build started no watchdog"));
      watchdog.destroyForcibly();
      watchdog.onExit().get();
      build.kill();
    }
    assertTrue(stale.present(), "the server should outlive its build and its watchdog");
    DatabaseServer next = provider.equals("docker")
        ? DockerServer.start(DatabaseSettings.DEFAULT_IMAGE, Duration.ofSeconds(60), "test")
        : EmbeddedServer.start(Duration.ofSeconds(60), "test");
    try (next) {
      String described = next.description();
      assertTrue(described.contains(provider.equals("docker") ? "removed " : "stopped "), described);
      assertTrue(described.contains(provider.equals("docker") ? stale.containerId().substring(0, 12) : stale.directory().toString()),
          "the start names the stale server it stopped: " + described);
      assertFalse(stale.present());
      assertTrue(Traces.within(FEW_SECONDS, stale::gone), "the stale server is still there: " + described);
    }
  }
}
