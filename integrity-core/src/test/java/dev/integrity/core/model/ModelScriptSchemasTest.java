package dev.integrity.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.schema.Origins;
import dev.integrity.core.schema.Table;
import dev.integrity.core.support.Providers;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schemas the model's tables name are created in the model's database, whether or not they exist there already. */
class ModelScriptSchemasTest {

  @Test
  void aTableInPublicAndOneInAnotherSchemaBothGetTheirSchema() throws Exception {
    // what Hibernate writes, with the namespaces the export asks for, for @Table(schema = "public") beside @Table(schema = "billing")
    ModelScript script = new ModelScript(List.of(
        "create schema billing",
        "create schema public",
        "create table billing.invoice (id bigint not null, primary key (id))",
        "create table public.import_job (id bigint not null, primary key (id))"), Map.of(), new ModelResult(Origins.none(), "test", 2));
    try (DatabaseServer server = DatabaseProviders.start(Providers.settings("embedded"))) {
      Database model = server.createDatabase("integrity_model");
      script.runInto(model);
      try (Connection connection = model.connect()) {
        assertEquals(List.of("billing.invoice", "public.import_job"),
            new CatalogReader(List.of("billing", "public")).read(connection).tables().stream()
                .map(Table::qualifiedName).sorted().toList());
      }
    }
  }
}
