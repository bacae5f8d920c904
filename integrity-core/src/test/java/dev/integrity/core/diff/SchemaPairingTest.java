package dev.integrity.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.Integrity;
import dev.integrity.core.api.VerifyResult;
import dev.integrity.core.support.ModuleLayout;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.TestProjects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations that create the model's tables in another schema, on embedded PostgreSQL: one line names the settings. */
class SchemaPairingTest {

  private static final String LINE = "The model's 2 tables are in schema public, and the migrations created 2 of the same names in schema sales:"
      + " the two sides were pointed at different schemas. Set the one the application uses: spring.liquibase.default-schema for the"
      + " migrations, or currentSchema in spring.datasource.url / hibernate.default_schema for the model";

  @Test
  void tablesOfTheSameNamesInAnotherSchemaAreSaidInOneLine(@TempDir Path out) {
    ModuleLayout.Recording log = new ModuleLayout.Recording();
    VerifyResult result = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/other-schema.xml", out)
        .database(Providers.settings("embedded")).build(), log);
    assertEquals(List.of("MISSING_TABLE customer", "MISSING_TABLE purchase_order", "MISSING_SEQUENCE purchase_order_seq"),
        result.differences().stream().map(d -> d.kind() + " " + d.table()).toList());
    assertEquals(1, log.lines.stream().filter(LINE::equals).count(), log.text());
  }

  @Test
  void migrationsInTheModelsSchemaGiveNoSuchLine(@TempDir Path out) {
    ModuleLayout.Recording log = new ModuleLayout.Recording();
    VerifyResult result = Integrity.verify(TestProjects.request("dev.integrity.core.fixtures.shop", "fixtures/shop/drifted.xml", out)
        .database(Providers.settings("embedded")).build(), log);
    assertTrue(result.failed());
    assertTrue(log.lines.stream().noneMatch(line -> line.startsWith("The model's")), log.text());
  }
}
