package dev.integrity.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Quarkus application's settings: the prod profile's override the plain keys; dev's and test's are never read. */
class QuarkusSettingsTest {

  @TempDir
  Path classes;

  @Test
  void hibernateLiquibaseAndFlywaySettingsAsProductionHasThem() throws Exception {
    Files.writeString(classes.resolve("application.properties"), """
        quarkus.hibernate-orm.database.default-schema=app
        %prod.quarkus.hibernate-orm.database.default-schema=prod_app
        %dev.quarkus.hibernate-orm.physical-naming-strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy
        quarkus.hibernate-orm.unsupported-properties."hibernate.type.preferred_uuid_jdbc_type"=CHAR
        quarkus.liquibase.change-log=db/master.yaml
        %test.quarkus.liquibase.change-log=db/test.yaml
        %prod,staging.quarkus.liquibase.contexts=prod
        quarkus.liquibase.change-log-parameters.textType=text
        quarkus.flyway.locations=db/quarkus
        quarkus.flyway.placeholders.tableName=book
        """);
    List<String> profiles = SpringBootSettings.DEFAULT_PROFILES;

    Map<String, Setting> hibernate = QuarkusSettings.hibernate(List.of(classes), profiles);
    assertEquals(new Setting("prod_app", "%prod.quarkus.hibernate-orm.database.default-schema in application.properties"),
        hibernate.get("hibernate.default_schema"));
    assertEquals("CHAR", hibernate.get("hibernate.type.preferred_uuid_jdbc_type").value());
    assertFalse(hibernate.containsKey(NamingDefaults.PHYSICAL));

    Map<String, Setting> liquibase = QuarkusSettings.liquibase(List.of(classes), profiles);
    assertEquals("db/master.yaml", liquibase.get("changelog").value());
    assertEquals("prod", liquibase.get("contexts").value());
    assertEquals("text", liquibase.get("parameters.textType").value());

    Map<String, Setting> flyway = QuarkusSettings.flyway(List.of(classes), profiles);
    assertEquals("db/quarkus", flyway.get("locations").value());
    assertEquals("book", flyway.get("placeholders.tableName").value());
  }

  @Test
  void applicationYamlOfQuarkusConfigYamlOverridesThePropertiesAndItsProdProfileApplies() throws Exception {
    Files.writeString(classes.resolve("application.properties"), """
        quarkus.hibernate-orm.database.default-schema=from_properties
        quarkus.liquibase.change-log=db/properties.yaml
        """);
    Files.writeString(classes.resolve("application.yaml"), """
        quarkus:
          hibernate-orm:
            database:
              default-schema: app
            mapping-files: META-INF/legacy.xml
          liquibase:
            change-log: db/master.yaml
        "%prod":
          quarkus:
            hibernate-orm:
              database:
                default-schema: prod_app
        "%dev":
          quarkus:
            liquibase:
              change-log: db/dev.yaml
        """);
    List<String> profiles = SpringBootSettings.DEFAULT_PROFILES;

    assertEquals(new Setting("prod_app", "%prod.quarkus.hibernate-orm.database.default-schema in application.yaml"),
        QuarkusSettings.hibernate(List.of(classes), profiles).get("hibernate.default_schema"));
    assertEquals(new Setting("db/master.yaml", "quarkus.liquibase.change-log in application.yaml"),
        QuarkusSettings.liquibase(List.of(classes), profiles).get("changelog"));
    assertEquals("META-INF/legacy.xml", QuarkusSettings.mappingFiles(List.of(classes), profiles).orElseThrow().value());
  }

  @Test
  void expressionsResolveAgainstTheProfilesKeysAndTakeTheirDefaults() throws Exception {
    Files.writeString(classes.resolve("application.properties"), """
        app.owner=dev-team
        %prod.app.owner=prod-team
        quarkus.flyway.placeholders.owner=${app.owner}
        quarkus.flyway.schemas=${INTEGRITY_TEST_UNSET_SCHEMAS:inventory}
        """);
    Map<String, Setting> flyway = QuarkusSettings.flyway(List.of(classes), SpringBootSettings.DEFAULT_PROFILES);
    assertEquals("prod-team", flyway.get("placeholders.owner").value());
    assertEquals("inventory", flyway.get("schemas").value());
  }
}
