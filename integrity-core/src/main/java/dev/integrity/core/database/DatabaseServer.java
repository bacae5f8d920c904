package dev.integrity.core.database;

/**
 * A PostgreSQL server the plugin may create scratch databases on. Closing it drops the databases it
 * created and stops whatever it started; it never touches any other database.
 */
public interface DatabaseServer extends AutoCloseable {

  /** One line for the log: which server, and why it was chosen. */
  String description();

  /** Creates an empty database with a unique name starting with {@code prefix}. */
  Database createDatabase(String prefix);

  /** Drops a database this server created. */
  void dropDatabase(Database database);

  @Override
  void close();
}
