package dev.integrity.core.cache;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.database.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL major version of a server, part of every cache key that holds what the server made. */
final class ServerVersion {

  private ServerVersion() {}

  static String major(Database database) {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SHOW server_version_num")) {
      row.next();
      return Integer.toString(Integer.parseInt(row.getString(1)) / 10000);
    } catch (SQLException e) {
      throw new IntegrityException("cannot read the server version of " + database.name() + ": " + e.getMessage(), e);
    }
  }
}
