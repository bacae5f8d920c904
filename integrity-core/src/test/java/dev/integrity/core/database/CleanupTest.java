package dev.integrity.core.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.integrity.core.Integrity;
import dev.integrity.core.IntegrityException;
import dev.integrity.core.VerifyResult;
import dev.integrity.core.support.Fork;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testcontainers.DockerClientFactory;

/**
 * Nothing is left behind: no container, embedded server process, data directory or scratch database
 * survives a passing run, a failing run, an exception, or an interrupted JVM (Ctrl-C).
 */
class CleanupTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.integrity.core.support.Providers#both")
  void passingFailingAndThrowingRunsLeaveNoServerBehind(String provider, @TempDir Path out) {
    DatabaseSettings settings = Providers.settings(provider);
    List<String> before = leftovers(provider);

    VerifyResult clean = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/clean.xml", out)
        .database(settings).build(), TestProjects.STDOUT);
    assertFalse(clean.failed());
    assertEquals(before, leftovers(provider), "after a passing run");

    VerifyResult drifted = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/drifted.xml", out)
        .database(settings).build(), TestProjects.STDOUT);
    assertTrue(drifted.failed());
    assertEquals(before, leftovers(provider), "after a failing run");

    assertThrows(IntegrityException.class, () -> Integrity.verify(
        TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/errors/failing-changeset.xml", out)
            .database(settings).build(), TestProjects.STDOUT));
    assertEquals(before, leftovers(provider), "after a run that threw");
  }

  /** Containers of this JVM's Testcontainers session, or this JVM's postgres child processes. */
  private static List<String> leftovers(String provider) {
    if (provider.equals("docker")) {
      return DockerClientFactory.instance().client().listContainersCmd().withShowAll(true)
          .withLabelFilter(Map.of(DockerClientFactory.TESTCONTAINERS_SESSION_ID_LABEL, DockerClientFactory.SESSION_ID)).exec().stream()
          .map(c -> c.getId()).sorted().toList();
    }
    return ProcessHandle.current().descendants()
        .filter(p -> p.info().command().orElse("").contains("postgres"))
        .map(p -> p.pid() + " " + p.info().command().orElse("")).sorted().toList();
  }

  @Test
  void anInterruptedJvmStopsItsEmbeddedServerAndRemovesItsDataDirectory() throws Exception {
    try (Fork fork = Fork.start(ForkedServer.class, Map.of(), "hold", "embedded")) {
      String ready = fork.lineStartingWith("READY ");
      assertNotNull(ready);
      String[] parts = ready.split(" ");
      int port = Integer.parseInt(parts[1]);
      Path dataDirectory = Path.of(parts[2]);
      assertTrue(listens(port) && Files.isDirectory(dataDirectory));
      fork.interrupt();
      assertFalse(listens(port), "the embedded server still listens on port " + port);
      assertFalse(Files.exists(dataDirectory), dataDirectory + " is still there");
    }
  }

  @Test
  void anInterruptedJvmRemovesItsContainer() throws Exception {
    Providers.requireDocker();
    try (Fork fork = Fork.start(ForkedServer.class, Map.of(), "hold", "docker")) {
      String ready = fork.lineStartingWith("READY ");
      assertNotNull(ready);
      String containerId = ready.split(" ")[1];
      assertTrue(container(containerId).isPresent());
      fork.interrupt();
      assertEquals(Optional.empty(), container(containerId), "container " + containerId + " survived the interrupt");
    }
  }

  @Test
  void runsOfOneBuildShareOneServerThatStopsAfterTheLastRun() throws Exception {
    DatabaseSettings settings = Providers.settings("embedded").sharedBy("build-" + System.nanoTime(), 2);
    DatabaseServer first = DatabaseProviders.start(settings);
    DatabaseServer second = DatabaseProviders.start(settings);
    assertEquals(first.description(), second.description());
    assertFalse(leftovers("embedded").isEmpty(), "the leftover check sees a running embedded server");
    Database leftByFirst = first.createDatabase("integrity_first");
    first.close();
    Database ofSecond = second.createDatabase("integrity_second");
    try (Connection connection = ofSecond.connect()) {
      assertFalse(connection.isClosed(), "the server outlives the first run");
    }
    assertThrows(Exception.class, () -> leftByFirst.connect().close(), "closing a run drops the databases it left");
    int port = Integer.parseInt(first.description().replaceAll(".* on port (\\d+) .*", "$1"));
    second.close();
    assertFalse(listens(port), "the server stops after the last run");
  }

  private static Optional<String> container(String id) {
    DockerClient client = DockerClientFactory.instance().client();
    try {
      return Optional.ofNullable(client.inspectContainerCmd(id).exec().getId());
    } catch (NotFoundException gone) {
      return Optional.empty();
    }
  }

  private static boolean listens(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
