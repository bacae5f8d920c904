package dev.integrity.core.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.Integrity;
import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.support.Fork;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is left behind: no container, embedded server process, data directory or scratch database
 * survives a passing run, a failing run, an exception, or an interrupted JVM (Ctrl-C).
 */
@Tag("machine-wide")
class CleanupTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.integrity.core.support.Providers#both")
  void passingFailingAndThrowingRunsLeaveNoServerBehind(String provider, @TempDir Path out) throws Exception {
    DatabaseSettings settings = Providers.settings(provider);
    ServerLog log = new ServerLog();

    VerifyResult clean = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/clean.xml", out)
        .database(settings).build(), log);
    assertFalse(clean.failed());
    assertGone(log.server(), "a passing run");

    VerifyResult drifted = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/drifted.xml", out)
        .database(settings).build(), log);
    assertTrue(drifted.failed());
    assertGone(log.server(), "a failing run");

    assertThrows(IntegrityException.class, () -> Integrity.verify(
        TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/errors/failing-changeset.xml", out)
            .database(settings).build(), log));
    assertGone(log.server(), "a run that threw");
  }

  /** Remembers the server the last run logged. */
  private static final class ServerLog implements Log {
    private String server;

    @Override
    public void info(String message) {
      if (message.startsWith("Database: ")) {
        server = message;
      }
    }

    @Override
    public void warn(String message) {}

    String server() {
      assertNotNull(server, "the run logged no server");
      String logged = server;
      server = null;
      return logged;
    }
  }

  /** The container, or the embedded server's port and directory, that a "Database:" line names are gone. */
  private static void assertGone(String logged, String after) {
    assertTrue(Traces.of(logged).gone(), "left after " + after + ": " + logged);
  }

  @Test
  void anInterruptedJvmStopsItsEmbeddedServerAndRemovesItsDataDirectory() throws Exception {
    try (Fork fork = Fork.start(ForkedServer.class, Map.of(), "hold", "embedded")) {
      String ready = fork.lineStartingWith("READY ");
      assertNotNull(ready);
      String[] parts = ready.split(" ");
      int port = Integer.parseInt(parts[1]);
      Path dataDirectory = Path.of(parts[2]);
      assertTrue(Traces.listens(port) && Files.isDirectory(dataDirectory));
      fork.interrupt();
      // the shutdown hook and the watchdog (told by the closed pipe) both stop it; on a loaded machine that takes seconds
      assertTrue(Traces.within(Duration.ofSeconds(30), () -> !Traces.listens(port)), "the embedded server still listens on port " + port);
      assertTrue(Traces.within(Duration.ofSeconds(30), () -> !Files.exists(dataDirectory)), dataDirectory + " is still there");
    }
  }

  @Test
  void anInterruptedJvmRemovesItsContainer() throws Exception {
    Providers.requireDocker();
    try (Fork fork = Fork.start(ForkedServer.class, Map.of(), "hold", "docker")) {
      String ready = fork.lineStartingWith("READY ");
      assertNotNull(ready);
      String containerId = ready.split(" ")[1];
      assertTrue(Traces.container(containerId).isPresent());
      fork.interrupt();
      assertEquals(Optional.empty(), Traces.container(containerId), "container " + containerId + " survived the interrupt");
    }
  }

  @Test
  void runsOfOneBuildShareOneServerThatStopsAfterTheLastRun() throws Exception {
    DatabaseSettings settings = Providers.settings("embedded").sharedBy("build-" + System.nanoTime(), 2);
    DatabaseServer first = DatabaseProviders.start(settings);
    DatabaseServer second = DatabaseProviders.start(settings);
    assertEquals(first.description(), second.description());
    Database leftByFirst = first.createDatabase("integrity_first");
    first.close();
    assertThrows(AssertionFailedError.class, () -> assertGone(first.description(), "the first run"), "the server outlives the first run");
    assertServes(second, "the server outlives the first run");
    assertThrows(Exception.class, () -> leftByFirst.connect().close(), "closing a run drops the databases it left");
    second.close();
    assertGone(first.description(), "the last run");
  }

  @Test
  void aRunThatSkipsForgoesTheSharedServerSoTheOtherRunsReleaseStopsIt() throws Exception {
    String build = "build-" + System.nanoTime();
    skippedRun(build); // a module that skipped before the server started
    DatabaseServer run = DatabaseProviders.start(Providers.settings("embedded").sharedBy(build, 3));
    skippedRun(build); // a module that skipped while the server runs: the open lease keeps it
    assertServes(run, "the server outlives a forgo while a lease is open");
    run.close();
    assertGone(run.description(), "the only run that used it");
  }

  private static void skippedRun(String build) {
    DatabaseProviders.runStarts();
    DatabaseProviders.runEnds(build);
  }

  @Test
  void aRunThatLeasedNothingCountsAsDoneAtItsEndAndOneThatLeasedDoesNotCountTwice() throws Exception {
    String build = "build-" + System.nanoTime();
    DatabaseSettings settings = Providers.settings("embedded").sharedBy(build, 3);
    DatabaseProviders.runStarts();
    DatabaseServer leasing = DatabaseProviders.start(settings);
    leasing.close();
    DatabaseProviders.runEnds(build); // counted once, by its release
    DatabaseProviders.runStarts();
    DatabaseProviders.runEnds(build); // a cached verdict: leased nothing
    DatabaseProviders.runStarts();
    DatabaseServer last = DatabaseProviders.start(settings);
    assertServes(last, "two runs of three are done: the server still runs");
    last.close();
    DatabaseProviders.runEnds(build);
    assertGone(last.description(), "the third run");
  }

  @Test
  void aServerWithMoreLeasesThanCountedStopsOnlyAfterTheLastOpenLease() throws Exception {
    DatabaseSettings settings = Providers.settings("embedded").sharedBy("build-" + System.nanoTime(), 1);
    DatabaseServer first = DatabaseProviders.start(settings);
    DatabaseServer second = DatabaseProviders.start(settings); // two executions in one counted module
    first.close();
    assertServes(second, "the server outlives the first lease while the second is open");
    second.close();
    assertGone(first.description(), "the last open lease");
  }

  private static void assertServes(DatabaseServer server, String why) throws Exception {
    try (Connection connection = server.createDatabase("integrity_serves").connect()) {
      assertFalse(connection.isClosed(), why);
    }
  }
}
