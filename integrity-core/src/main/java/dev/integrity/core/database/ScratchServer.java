package dev.integrity.core.database;

/**
 * A server whose scratch databases are created and dropped through its maintenance database; the
 * providers say only how to reach a database of a given name.
 */
abstract class ScratchServer implements DatabaseServer {

  private AdminConnection admin;

  /** How to reach database {@code name} on this server. */
  abstract Database database(String name);

  /** The database that always exists and is only connected to, never changed. */
  abstract String maintenanceDatabase();

  private synchronized AdminConnection admin() {
    if (admin == null) {
      admin = new AdminConnection(database(maintenanceDatabase()), this::database);
    }
    return admin;
  }

  @Override
  public Database createDatabase(String prefix) {
    return admin().create(prefix);
  }

  @Override
  public void dropDatabase(Database database) {
    admin().drop(database);
  }

  void dropAllDatabases() {
    admin().dropAll();
  }
}
