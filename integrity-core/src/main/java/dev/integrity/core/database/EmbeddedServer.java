package dev.integrity.core.database;

import dev.integrity.core.IntegrityException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;

/** zonky's embedded PostgreSQL: real binaries from Maven Central, started as a child process. */
final class EmbeddedServer implements DatabaseServer {

  private final EmbeddedPostgres postgres;
  private final AdminConnection admin;
  private final String reason;

  private EmbeddedServer(EmbeddedPostgres postgres, String reason) {
    this.postgres = postgres;
    this.reason = reason;
    this.admin = new AdminConnection(database("postgres"), this::database);
  }

  static EmbeddedServer start(Duration timeout, String reason) {
    try {
      return new EmbeddedServer(EmbeddedPostgres.builder()
          .setPGStartupWait(timeout)
          .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
          .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
          .start(), reason);
    } catch (IOException | RuntimeException e) {
      String detail = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      throw new IntegrityException("the embedded PostgreSQL did not start: " + detail
          + ". Inside a container the embedded server needs a non-root user (PostgreSQL refuses to run as root and"
          + " `unshare` is not allowed there); otherwise use <database>docker</database> or <database>jdbc</database>.", e);
    }
  }

  private Database database(String name) {
    return new Database(postgres.getJdbcUrl("postgres", name), "postgres", null, name);
  }

  @Override
  public String description() {
    return "embedded PostgreSQL on port " + postgres.getPort() + " (" + reason + ")";
  }

  @Override
  public Database createDatabase(String prefix) {
    return admin.create(prefix);
  }

  @Override
  public void dropDatabase(Database database) {
    admin.drop(database);
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new IntegrityException("the embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
    }
  }
}
