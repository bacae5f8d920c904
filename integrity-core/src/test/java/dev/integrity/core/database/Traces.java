package dev.integrity.core.database;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;

/**
 * What a server named by a {@code Database:} line leaves on the machine: a container, or the embedded
 * server's port and directory. Checked from outside, as a user would look.
 */
record Traces(String containerId, int port, Path directory) {

  static Traces of(String described) {
    Matcher docker = Pattern.compile("PostgreSQL container (\\w+) from \\S+ on port (\\d+)").matcher(described);
    if (docker.find()) {
      return new Traces(docker.group(1), Integer.parseInt(docker.group(2)), null);
    }
    Matcher embedded = Pattern.compile("on port (\\d+), data in (\\S+) \\(").matcher(described);
    if (!embedded.find()) {
      throw new AssertionError("not a server the plugin starts: " + described);
    }
    return new Traces(null, Integer.parseInt(embedded.group(1)), Path.of(embedded.group(2)));
  }

  /** Whether nothing of the server is left. */
  boolean gone() {
    return containerId != null ? container(containerId).isEmpty() : !listens(port) && !Files.exists(directory);
  }

  /** Whether the server is still there, all of it. */
  boolean present() {
    return containerId != null ? container(containerId).isPresent() : listens(port) && Files.isDirectory(directory);
  }

  /** Waits at most {@code limit} for {@code condition}; whether it came. */
  static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(200);
    }
    return condition.getAsBoolean();
  }

  /** Whether a session on the server runs a statement containing {@code text}. */
  boolean runs(String text) {
    String url = "jdbc:postgresql://localhost:" + port + "/" + (containerId != null ? "test" : "postgres");
    String user = containerId != null ? "test" : "postgres";
    try (Connection connection = DriverManager.getConnection(url, user, containerId != null ? "test" : null);
        ResultSet rows = connection.createStatement().executeQuery(
            "select count(*) from pg_stat_activity where pid <> pg_backend_pid() and query like '%" + text + "%'")) {
      return rows.next() && rows.getInt(1) > 0;
    } catch (SQLException e) {
      return false;
    }
  }

  static Optional<String> container(String id) {
    DockerClient client = DockerClientFactory.instance().client();
    try {
      return Optional.ofNullable(client.inspectContainerCmd(id).exec().getId());
    } catch (NotFoundException gone) {
      return Optional.empty();
    }
  }

  static boolean listens(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
