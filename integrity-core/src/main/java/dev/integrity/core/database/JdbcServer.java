package dev.integrity.core.database;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Secrets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An existing PostgreSQL server the user points at. It only creates its own scratch databases there,
 * under unique names, and drops exactly those; the database in the URL is used to connect, never changed.
 */
final class JdbcServer extends ScratchServer {

  private final JdbcUrl url;
  private final String username;
  private final String password;

  private JdbcServer(JdbcUrl url, String username, String password) {
    this.url = url;
    this.username = username;
    this.password = password;
  }

  static JdbcServer connect(String jdbcUrl, String username, String password) {
    JdbcUrl url = JdbcUrl.parse(jdbcUrl);
    if (username == null || username.isBlank()) {
      throw new IntegrityException("<database>jdbc</database> needs a user: set <username> and <password>, or <serverId>"
          + " naming a <server> in settings.xml that holds them.");
    }
    JdbcServer server = new JdbcServer(url, username, password);
    server.checkMayCreateDatabases();
    return server;
  }

  private void checkMayCreateDatabases() {
    Database maintenance = database(url.database());
    try (Connection connection = maintenance.connect(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
      if (!row.next() || !row.getBoolean(1)) {
        throw new IntegrityException("user " + username + " may not create databases on " + url + "; the jdbc provider creates two"
            + " scratch databases there (and drops them afterwards). Grant it the right (ALTER ROLE " + username + " CREATEDB),"
            + " or use <database>docker</database> or <database>embedded</database>.");
      }
    } catch (SQLException e) {
      throw connectionError(e);
    }
  }

  private IntegrityException connectionError(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String reason = ProviderMessages.clause(Secrets.redact(e.getMessage(), password));
    if (state.equals("28P01") || state.equals("28000")) {
      return new IntegrityException("PostgreSQL at " + url + " refused user " + username + ": " + reason
          + ". Check <username> and <password> (or the <server> named by <serverId> in settings.xml).", e);
    }
    if (state.equals("3D000")) {
      return new IntegrityException("the database in <jdbcUrl> " + url + " does not exist: " + reason
          + ". Point <jdbcUrl> at a database that exists (postgres always does); the plugin only connects to it to create its"
          + " scratch databases.", e);
    }
    if (state.startsWith("08")) {
      return new IntegrityException("cannot reach PostgreSQL at " + url + ": " + reason
          + ". Check the host and port in <jdbcUrl>, that the server runs, and that it accepts connections from this machine.", e);
    }
    return new IntegrityException("cannot use PostgreSQL at " + url + " as user " + username + ": " + reason
        + ". Check <jdbcUrl>, <username> and <password>.", e);
  }

  @Override
  String maintenanceDatabase() {
    return url.database();
  }

  @Override
  Database database(String name) {
    return new Database(url.withDatabase(name), username, password, name);
  }

  @Override
  public String description() {
    return "existing PostgreSQL server " + url + " as " + username + " (database=jdbc)";
  }

  @Override
  public void close() {
    dropAllDatabases();
  }
}
