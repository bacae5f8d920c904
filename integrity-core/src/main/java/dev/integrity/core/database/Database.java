package dev.integrity.core.database;

import dev.integrity.core.common.Secrets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** How to reach one database. {@link #toString()} never shows the password. */
public record Database(String jdbcUrl, String username, String password, String name) {

  public Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", username);
    if (password != null) {
      properties.setProperty("password", password);
    }
    return new org.postgresql.Driver().connect(jdbcUrl, properties);
  }

  /** A data source of the plugin's own driver: handed to Hibernate, so the project need not have a driver. */
  public DataSource dataSource() {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(jdbcUrl);
    source.setUser(username);
    if (password != null) {
      source.setPassword(password);
    }
    return source;
  }

  @Override
  public String toString() {
    return "Database[" + Secrets.redactUrls(jdbcUrl) + ", user " + username + "]";
  }

  static {
    try {
      DriverManager.registerDriver(new org.postgresql.Driver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
