package dev.integrity.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Micronaut application's settings of its default datasource, the prod environment's file overriding. */
class MicronautSettingsTest {

  @TempDir
  Path classes;

  @Test
  void theDefaultDatasourcesHibernateLiquibaseAndFlywaySettings() throws Exception {
    Files.writeString(classes.resolve("application.yml"), """
        jpa:
          default:
            properties:
              hibernate:
                default_schema: app
          reporting:
            properties:
              hibernate.default_schema: reports
        liquibase:
          datasources:
            default:
              change-log: classpath:db/liquibase-changelog.xml
        flyway:
          datasources:
            default:
              locations: classpath:db/app
              baseline-on-migrate: true
              placeholders:
                tableName: book
        """);
    Files.writeString(classes.resolve("application-prod.properties"), "jpa.default.properties.hibernate.default_schema=prod_app\n");
    List<String> profiles = SpringBootSettings.DEFAULT_PROFILES;

    assertEquals(new Setting("prod_app", "jpa.default.properties.hibernate.default_schema in application-prod.properties"),
        MicronautSettings.hibernate(List.of(classes), profiles).get("hibernate.default_schema"));
    assertEquals("classpath:db/liquibase-changelog.xml", MicronautSettings.liquibase(List.of(classes), profiles).get("changelog").value());
    Map<String, Setting> flyway = MicronautSettings.flyway(List.of(classes), profiles);
    assertEquals("classpath:db/app", flyway.get("locations").value());
    assertEquals("true", flyway.get("baselineonmigrate").value());
    assertEquals("book", flyway.get("placeholders.tableName").value());
  }

  @Test
  void aNamedDatasourceInApplicationPropertiesWithItsMappingResources() throws Exception {
    Files.writeString(classes.resolve("application.properties"), """
        jpa.warehouse.properties.hibernate.default_schema=stock
        jpa.warehouse.mapping-resources=META-INF/legacy.xml
        liquibase.datasources.warehouse.change-log=classpath:db/warehouse-changelog.yaml
        liquibase.datasources.warehouse.default-schema=stock
        """);
    List<String> profiles = SpringBootSettings.DEFAULT_PROFILES;

    assertEquals(new Setting("stock", "jpa.warehouse.properties.hibernate.default_schema in application.properties"),
        MicronautSettings.hibernate(List.of(classes), profiles).get("hibernate.default_schema"));
    Map<String, Setting> liquibase = MicronautSettings.liquibase(List.of(classes), profiles);
    assertEquals(new Setting("classpath:db/warehouse-changelog.yaml", "liquibase.datasources.warehouse.change-log in application.properties"),
        liquibase.get("changelog"));
    assertEquals("stock", liquibase.get("defaultschema").value());
    assertEquals(new Setting("META-INF/legacy.xml", "jpa.warehouse.mapping-resources in application.properties"),
        MicronautSettings.mappingResources(List.of(classes), profiles).orElseThrow());
  }
}
