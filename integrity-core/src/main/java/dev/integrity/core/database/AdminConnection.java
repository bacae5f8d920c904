package dev.integrity.core.database;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Secrets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates and drops scratch databases through a maintenance database of the server, remembering which
 * ones it created so that only those are ever dropped.
 */
final class AdminConnection {

  private final Database maintenance;
  private final Function<String, Database> databaseNamed;
  private final Set<String> created = ConcurrentHashMap.newKeySet();

  AdminConnection(Database maintenance, Function<String, Database> databaseNamed) {
    this.maintenance = maintenance;
    this.databaseNamed = databaseNamed;
  }

  Database create(String prefix) {
    String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toLowerCase(Locale.ROOT);
    execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'", name);
    created.add(name);
    return databaseNamed.apply(name);
  }

  void drop(Database database) {
    if (created.remove(database.name())) {
      execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)", database.name());
    }
  }

  /** Tries every database it created, so that one failing drop leaves nothing else behind; then names all it could not drop. */
  void dropAll() {
    List<String> left = new ArrayList<>();
    IntegrityException failure = null;
    for (String name : new TreeSet<>(created)) {
      try {
        drop(databaseNamed.apply(name));
      } catch (IntegrityException e) {
        left.add(name);
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      IntegrityException all = new IntegrityException("could not drop the scratch database" + (left.size() == 1 ? " " : "s ")
          + String.join(", ", left) + " on " + Secrets.redactUrls(maintenance.jdbcUrl()) + ": " + failure.getMessage()
          + ". Drop " + (left.size() == 1 ? "it" : "them") + " by hand: "
          + left.stream().map(name -> "DROP DATABASE " + name + " WITH (FORCE);").collect(Collectors.joining(" ")), failure);
      throw all;
    }
  }

  private void execute(String sql, String name) {
    try (Connection connection = maintenance.connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      String url = Secrets.redactUrls(maintenance.jdbcUrl());
      if ("42501".equals(e.getSQLState())) {
        throw new IntegrityException("user " + maintenance.username() + " may not create databases on " + url
            + " (needed for the scratch database " + name + "). Grant it CREATEDB, or use <database>embedded</database> or docker.", e);
      }
      throw new IntegrityException("cannot run '" + sql + "' on " + url + ": " + ProviderMessages.clause(Secrets.redact(e.getMessage(), maintenance.password()))
          + ". Check that the server is still running.", e);
    }
  }
}
