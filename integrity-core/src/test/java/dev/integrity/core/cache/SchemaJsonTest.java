package dev.integrity.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.SyntheticSchema;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cached migrated schema reads back equal to what the catalog reader read, and restricts by namespace. */
class SchemaJsonTest {

  @Test
  void realSchemaRoundTripsAndIsRestrictedToTheComparedSchemas() throws Exception {
    try (DatabaseServer server = DatabaseProviders.start(Providers.settings("embedded"))) {
      Database database = server.createDatabase("integrity_json");
      Schema schema;
      try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
        statement.execute(SyntheticSchema.ddl(10));
        schema = MigratedSchema.readAll(connection);
      } finally {
        server.dropDatabase(database);
      }
      assertEquals(10, schema.tables().size());
      assertTrue(schema.tables().stream().allMatch(t -> !t.columns().isEmpty() && t.primaryKey() != null));
      assertEquals(schema, SchemaJson.read(SchemaJson.write(schema)));
      Schema sales = MigratedSchema.restrictTo(schema, List.of("sales"));
      assertEquals(List.of("sales.t4", "sales.t9"), sales.tables().stream().map(t -> t.qualifiedName()).toList());
      assertTrue(sales.sequences().stream().allMatch(s -> s.schema().equals("sales")) && !sales.sequences().isEmpty());
      assertEquals(List.of(), sales.enumTypes());
    }
  }
}
