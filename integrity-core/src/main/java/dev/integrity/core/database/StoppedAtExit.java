package dev.integrity.core.database;

/**
 * A server that is closed by a JVM shutdown hook when the JVM exits before anybody closed it: an
 * interrupted build (Ctrl-C, SIGTERM) leaves no container, server process or scratch database behind.
 */
final class StoppedAtExit implements DatabaseServer {

  private final DatabaseServer server;
  private final Thread hook;

  StoppedAtExit(DatabaseServer server) {
    this.server = server;
    this.hook = new Thread(server::close, "integrity-stop-database");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @Override
  public String description() {
    return server.description();
  }

  @Override
  public Database createDatabase(String prefix) {
    return server.createDatabase(prefix);
  }

  @Override
  public void dropDatabase(Database database) {
    server.dropDatabase(database);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      return; // the hook is running or about to run: it closes the server
    }
    server.close();
  }
}
