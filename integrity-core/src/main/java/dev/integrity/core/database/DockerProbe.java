package dev.integrity.core.database;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds out quietly that no Docker engine can answer, before Testcontainers is asked: its search for an
 * engine logs at ERROR with a stack trace when there is none, which {@code database=auto} must not print.
 * Where Testcontainers would look further than this probe can (a Testcontainers or Docker client
 * configuration naming an engine, Windows' named pipes, docker-machine), it says nothing and leaves the
 * answer to Testcontainers.
 */
final class DockerProbe {

  private DockerProbe() {}

  /** Why no engine can answer (the sockets tried), or null when one may. */
  static String problem(Map<String, String> environment, Path home) {
    if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") || configured(environment, home)) {
      return null;
    }
    List<Path> sockets = sockets(environment, home);
    for (Path socket : sockets) {
      if (answers(socket)) {
        return null;
      }
    }
    return "no Docker engine answers (checked DOCKER_HOST, ~/.testcontainers.properties and " + sockets + ")";
  }

  /** The Unix sockets Testcontainers tries: the system's, Docker Desktop's, rootless Docker's. */
  private static List<Path> sockets(Map<String, String> environment, Path home) {
    List<Path> sockets = new ArrayList<>(List.of(Path.of("/var/run/docker.sock"), home.resolve(".docker/run/docker.sock"),
        home.resolve(".docker/desktop/docker.sock")));
    String runtime = environment.get("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isBlank()) {
      sockets.add(Path.of(runtime, "docker.sock"));
    }
    try {
      sockets.add(Path.of("/run/user", String.valueOf(Files.getAttribute(home, "unix:uid")), "docker.sock"));
    } catch (IOException | RuntimeException noUid) {
      // not a Unix file system
    }
    return sockets;
  }

  /** A Testcontainers property, environment variable or Docker context that may name an engine elsewhere. */
  private static boolean configured(Map<String, String> environment, Path home) {
    if (environment.keySet().stream().anyMatch(name -> name.startsWith("TESTCONTAINERS_DOCKER") || name.equals("TC_HOST")
        || name.equals("DOCKER_CONTEXT") || name.equals("DOCKER_MACHINE_NAME"))) {
      return true;
    }
    // Testcontainers writes the strategy that last worked into the file; only one beyond the sockets counts
    return contains(home.resolve(".testcontainers.properties"), "docker.host", "tc.host", "DockerMachine")
        || contains(home.resolve(".docker/config.json"), "\"currentContext\"");
  }

  private static boolean contains(Path file, String... keys) {
    try {
      String text = Files.readString(file);
      for (String key : keys) {
        if (text.contains(key)) {
          return true;
        }
      }
      return false;
    } catch (IOException | RuntimeException absent) {
      return false;
    }
  }

  private static boolean answers(Path socket) {
    if (!Files.exists(socket)) {
      return false;
    }
    try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
