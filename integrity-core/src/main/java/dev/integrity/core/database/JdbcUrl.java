package dev.integrity.core.database;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Secrets;

/**
 * A PostgreSQL JDBC URL split around its database name, so that the scratch databases are reached on
 * the same host, port and connection parameters as the database the user named.
 */
record JdbcUrl(String prefix, String database, String query) {

  private static final String SCHEME = "jdbc:postgresql:";

  static JdbcUrl parse(String url) {
    if (url == null || url.isBlank()) {
      throw new IntegrityException("<database>jdbc</database> needs <jdbcUrl>, such as jdbc:postgresql://db.example.com:5432/postgres."
          + " Set <jdbcUrl> (or -Dintegrity.jdbcUrl), or use <database>auto</database>.");
    }
    String trimmed = url.trim();
    int hosts = trimmed.indexOf("//");
    if (!trimmed.startsWith(SCHEME) || hosts != SCHEME.length()) {
      throw new IntegrityException("<jdbcUrl> is '" + Secrets.redactUrls(trimmed) + "'; it must be a PostgreSQL URL of the form"
          + " jdbc:postgresql://host[:port]/database[?parameters]. Fix <jdbcUrl>.");
    }
    int queryStart = trimmed.indexOf('?');
    String query = queryStart < 0 ? "" : trimmed.substring(queryStart);
    String withoutQuery = queryStart < 0 ? trimmed : trimmed.substring(0, queryStart);
    int slash = withoutQuery.indexOf('/', hosts + 2);
    if (slash < 0) {
      return new JdbcUrl(withoutQuery, "postgres", query);
    }
    String database = withoutQuery.substring(slash + 1);
    return new JdbcUrl(withoutQuery.substring(0, slash), database.isEmpty() ? "postgres" : database, query);
  }

  /** The URL of database {@code name} on the same server, with the same parameters. */
  String withDatabase(String name) {
    return prefix + "/" + name + query;
  }

  @Override
  public String toString() {
    return Secrets.redactUrls(withDatabase(database));
  }
}
