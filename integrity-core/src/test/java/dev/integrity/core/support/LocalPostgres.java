package dev.integrity.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plain PostgreSQL server (Debian's postgresql-15) in a temporary data directory on a free port, with
 * password authentication over TCP: the "existing server" of the jdbc provider's tests. As root, the
 * server runs as the {@code postgres} OS user (PostgreSQL refuses root).
 */
public final class LocalPostgres implements AutoCloseable {

  public static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "Adm1n-s3cret";

  private final Path directory;
  private final int port;

  private LocalPostgres(Path directory, int port) {
    this.directory = directory;
    this.port = port;
  }

  public static LocalPostgres start() throws IOException, InterruptedException {
    boolean installed = Files.isExecutable(BIN.resolve("initdb"));
    if (!installed && Boolean.getBoolean("integrity.requireLocalPostgres")) {
      fail("integrity.requireLocalPostgres=true but " + BIN + "/initdb is missing: apt-get install -y postgresql-15 (see .ci/run)");
    }
    assumeTrue(installed, "PostgreSQL 15 server binaries missing: apt-get install postgresql-15 (CI runs with -Dintegrity.requireLocalPostgres=true)");
    Path directory = Files.createTempDirectory("integrity-local-pg-");
    Path data = directory.resolve("data");
    Path pwfile = directory.resolve("pwfile");
    Files.writeString(pwfile, ADMIN_PASSWORD + "\n");
    if (isRoot()) {
      run(List.of("chown", "-R", "postgres:postgres", directory.toString()));
    }
    asServerUser(List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", ADMIN, "--pwfile=" + pwfile,
        "-A", "scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
    int port = freePort();
    asServerUser(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", directory.resolve("log").toString(), "-w",
        "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
    return new LocalPostgres(directory, port);
  }

  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public int port() {
    return port;
  }

  /** Runs SQL through psql as the admin, returns its unaligned output. */
  public String psql(String database, String sql) throws IOException, InterruptedException {
    return run(List.of("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", String.valueOf(port),
        "-U", ADMIN, "-d", database, "-c", sql));
  }

  /** The database's schema and data as pg_dump writes them (with a fixed {@code \restrict} key, so equal databases dump equal). */
  public String dump(String database) throws IOException, InterruptedException {
    return run(List.of("pg_dump", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", ADMIN, "--no-password",
        "--restrict-key=integritytest", database));
  }

  public List<String> databases() throws IOException, InterruptedException {
    return psql("postgres", "SELECT datname FROM pg_database ORDER BY datname").lines().toList();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    asServerUser(List.of(BIN.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
    DirectoryTrees.delete(directory);
  }

  private static void asServerUser(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (isRoot()) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    run(full);
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("PGPASSWORD", ADMIN_PASSWORD);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), () -> String.join(" ", command) + " failed:\n" + output);
    return output;
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
