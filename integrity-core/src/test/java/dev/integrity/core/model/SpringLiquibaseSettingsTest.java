package dev.integrity.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import dev.integrity.core.migrate.LiquibaseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringLiquibaseSettingsTest {

  @Test
  void theProdProfileFileOverridesTheDefaultProfileAndParametersKeepTheirNames(@TempDir Path classes) throws Exception {
    Files.createDirectories(classes.resolve("config"));
    Files.writeString(classes.resolve("config/application.yml"), """
        spring:
          liquibase:
            change-log: classpath:config/liquibase/master.xml
            contexts: default-contexts
            label-filter: '!slow'
            parameters:
              datetimeType: timestamp
        ---
        spring:
          config.activate.on-profile: dev
          liquibase.contexts: dev, faker
        """);
    Files.writeString(classes.resolve("config/application-dev.yml"), "spring.liquibase.contexts: dev\n");
    Files.writeString(classes.resolve("config/application-prod.properties"), "spring.liquibase.contexts=prod\n");

    Map<String, Setting> settings = SpringBootSettings.liquibase(List.of(classes), SpringBootSettings.DEFAULT_PROFILES);

    assertEquals(new Setting("prod", "spring.liquibase.contexts in config/application-prod.properties"), settings.get("contexts"));
    assertEquals("classpath:config/liquibase/master.xml", settings.get("changelog").value());
    assertEquals("!slow", settings.get("labelfilter").value());
    assertEquals("timestamp", settings.get("parameters.datetimeType").value());
  }

  @Test
  void theGivenProfilesApplyTheirFilesAndDocumentsAndOtherProfilesAreNamed(@TempDir Path classes) throws Exception {
    Files.writeString(classes.resolve("application.yml"), """
        spring.liquibase.contexts: base
        ---
        spring:
          config.activate.on-profile: postgres
          liquibase.default-schema: app
        """);
    Files.writeString(classes.resolve("application-postgres.properties"), "spring.liquibase.change-log=classpath:db/pg.yaml\n");
    Files.writeString(classes.resolve("application-h2.yml"), "spring.flyway.locations: classpath:db/h2\n");

    Map<String, Setting> byDefault = SpringBootSettings.liquibase(List.of(classes), SpringBootSettings.DEFAULT_PROFILES);
    Map<String, Setting> postgres = SpringBootSettings.liquibase(List.of(classes), List.of("postgres"));

    assertEquals(Map.of("contexts", new Setting("base", "spring.liquibase.contexts in application.yml")), byDefault);
    assertEquals("classpath:db/pg.yaml", postgres.get("changelog").value());
    assertEquals(new Setting("app", "spring.liquibase.default-schema in application.yml (on-profile postgres)"), postgres.get("defaultschema"));
    List<String> keys = List.of("spring.liquibase.change-log", "spring.flyway.locations");
    assertEquals(List.of("h2", "postgres"), SpringBootSettings.otherProfilesSetting(List.of(classes), SpringBootSettings.DEFAULT_PROFILES, keys));
    assertEquals(List.of("h2"), SpringBootSettings.otherProfilesSetting(List.of(classes), List.of("default", "postgres"), keys));
  }

  @Test
  void theDatasourceUrlsCurrentSchemaIsTheDefaultSchemaOfHibernateAndLiquibase(@TempDir Path classes) throws Exception {
    Files.writeString(classes.resolve("application.properties"), "spring.datasource.url=jdbc:postgresql://db/app?currentSchema=billing\n");
    assertEquals(Optional.of(new Setting("billing", "currentSchema of spring.datasource.url in application.properties")),
        SpringBootSettings.datasourceSchema(List.of(classes), SpringBootSettings.DEFAULT_PROFILES));
    Files.writeString(classes.resolve("application-prod.yml"), "spring.liquibase.default-schema: ledger\n");
    assertEquals("ledger", dev.integrity.core.migrate.LiquibaseOptions.resolve(null, null, Map.of(), List.of(classes),
        SpringBootSettings.DEFAULT_PROFILES, dev.integrity.core.common.Log.SILENT).defaultSchema());
  }

  @Test
  void aParameterNothingSetsRunsAsWrittenWithOneWarningUnlessChangeLogParametersGiveIt(@TempDir Path classes) throws Exception {
    Files.writeString(classes.resolve("application.yml"), """
        spring.liquibase:
          contexts: ${INTEGRITY_TEST_UNSET_CONTEXTS:prod}
          parameters:
            bpn: ${INTEGRITY_TEST_UNSET_BPN}
        """);
    List<String> warnings = new ArrayList<>();
    LiquibaseOptions options = LiquibaseOptions.resolve(null, null, Map.of(), List.of(classes), SpringBootSettings.DEFAULT_PROFILES, warnings(warnings));
    assertEquals("prod", options.contexts());
    assertEquals(Map.of("bpn", "${INTEGRITY_TEST_UNSET_BPN}"), options.parameters());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("integrity: spring.liquibase.parameters.bpn in application.yml is '${INTEGRITY_TEST_UNSET_BPN}'"),
        warnings.get(0));

    warnings.clear();
    LiquibaseOptions given = LiquibaseOptions.resolve(null, null, Map.of("bpn", "BPNL1"), List.of(classes), SpringBootSettings.DEFAULT_PROFILES,
        warnings(warnings));
    assertEquals(Map.of("bpn", "BPNL1"), given.parameters());
    assertEquals(List.of(), warnings);
  }

  @Test
  void contextsOrASchemaNothingSetsAreAnErrorNamingTheSettingAndFile(@TempDir Path classes) throws Exception {
    Files.writeString(classes.resolve("application.yml"), "spring.liquibase.contexts: ${INTEGRITY_TEST_UNSET_CONTEXTS}\n");
    IntegrityException contexts = assertThrows(IntegrityException.class,
        () -> LiquibaseOptions.resolve(null, null, Map.of(), List.of(classes), SpringBootSettings.DEFAULT_PROFILES, Log.SILENT));
    assertTrue(contexts.getMessage().startsWith("spring.liquibase.contexts in application.yml is '${INTEGRITY_TEST_UNSET_CONTEXTS}'"),
        contexts.getMessage());
    assertTrue(contexts.getMessage().endsWith(", or set <contexts>."), contexts.getMessage());
    assertEquals("dev", LiquibaseOptions.resolve("dev", null, Map.of(), List.of(classes), SpringBootSettings.DEFAULT_PROFILES, Log.SILENT).contexts());

    Files.writeString(classes.resolve("application.yml"), "spring.liquibase.default-schema: ${INTEGRITY_TEST_UNSET_SCHEMA}\n");
    IntegrityException schema = assertThrows(IntegrityException.class,
        () -> LiquibaseOptions.resolve(null, null, Map.of(), List.of(classes), SpringBootSettings.DEFAULT_PROFILES, Log.SILENT));
    assertTrue(schema.getMessage().startsWith("spring.liquibase.default-schema in application.yml is '${INTEGRITY_TEST_UNSET_SCHEMA}'"),
        schema.getMessage());
  }

  private static Log warnings(List<String> warnings) {
    return new Log() {
      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {
        warnings.add(message);
      }
    };
  }
}
