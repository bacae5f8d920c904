package dev.integrity.core.cache;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.database.Database;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.schema.Schema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The migrated database is read whole (every schema but the system's) so that its reading does not
 * depend on the model, and can be cached and reused for any model; the comparison then keeps the compared
 * schemas only.
 */
public final class MigratedSchema {

  private static final String USER_SCHEMAS = "SELECT nspname FROM pg_catalog.pg_namespace"
      + " WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' ORDER BY nspname";

  private MigratedSchema() {}

  /** Every user schema of {@code database}. */
  public static Schema readAll(Database database) {
    try (Connection connection = database.connect()) {
      return readAll(connection);
    } catch (SQLException e) {
      throw new IntegrityException("cannot read the catalog of " + database.name() + ": " + e.getMessage(), e);
    }
  }

  public static Schema readAll(Connection connection) throws SQLException {
    List<String> schemas = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(USER_SCHEMAS)) {
      while (rows.next()) {
        schemas.add(rows.getString(1));
      }
    }
    return new CatalogReader(schemas).read(connection);
  }

  public static Schema restrictTo(Schema schema, Collection<String> schemas) {
    Set<String> kept = Set.copyOf(schemas);
    return new Schema(
        schema.tables().stream().filter(t -> kept.contains(t.schema())).toList(),
        schema.views().stream().filter(v -> kept.contains(v.schema())).toList(),
        schema.sequences().stream().filter(s -> kept.contains(s.schema())).toList(),
        schema.enumTypes().stream().filter(e -> kept.contains(e.schema())).toList(),
        schema.extensions().stream().filter(e -> kept.contains(e.schema())).toList());
  }
}
