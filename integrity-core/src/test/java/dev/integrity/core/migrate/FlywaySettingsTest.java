package dev.integrity.core.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.model.SpringBootSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's {@code spring.flyway.*} as Spring Boot hands them to Flyway for PostgreSQL. */
class FlywaySettingsTest {

  @TempDir
  Path classes;

  @Test
  void springBootsSettingsWithTheProdProfileAndVendorAsPostgresql() throws Exception {
    Files.writeString(classes.resolve("application.yml"), """
        spring:
          flyway:
            locations: classpath:db/migration/common, classpath:db/migration/{vendor}
            schemas: shop, audit
            default-schema: shop
            table: shop_history
            baseline-on-migrate: true
            baseline-version: 0
            sql-migration-prefix: M
            placeholders:
              nameLength: 80
        """);
    Files.writeString(classes.resolve("application-prod.properties"), "spring.flyway.placeholders.nameLength=100\n");

    FlywaySettings settings = FlywaySettings.resolve(List.of(), List.of(classes), SpringBootSettings.DEFAULT_PROFILES);

    assertEquals(new FlywaySettings(List.of("classpath:db/migration/common", "classpath:db/migration/postgresql"), Map.of("nameLength", "100"),
        List.of("shop", "audit"), "shop", true, "0", "shop_history", "M", "spring.flyway.locations in application.yml", List.of()), settings);
    assertEquals("shop", settings.historySchema());
  }

  @Test
  void theGivenLocationsWinOverTheApplicationsAndWithoutEitherFlywaysDefaultHolds() throws Exception {
    assertEquals(FlywaySettings.at(FlywaySettings.DEFAULT_LOCATIONS).locations(),
        FlywaySettings.resolve(List.of(), List.of(classes), SpringBootSettings.DEFAULT_PROFILES).locations());
    Files.writeString(classes.resolve("application.properties"), "spring.flyway.locations=classpath:db/{vendor}\n");
    FlywaySettings given = FlywaySettings.resolve(List.of("filesystem:sql"), List.of(classes), SpringBootSettings.DEFAULT_PROFILES);
    assertEquals(List.of("filesystem:sql"), given.locations());
    assertEquals("<flywayLocations>", given.origin());
    assertEquals("V", given.sqlMigrationPrefix());
    assertEquals(FlywaySettings.DEFAULT_TABLE, given.historyTable());
  }

  @Test
  void aLocationNothingSetsIsAnErrorNamingTheSettingAndFile() throws Exception {
    Files.writeString(classes.resolve("application.properties"), "spring.flyway.locations=${MIGRATIONS}\n");
    IntegrityException e = assertThrows(IntegrityException.class,
        () -> FlywaySettings.resolve(List.of(), List.of(classes), SpringBootSettings.DEFAULT_PROFILES));
    assertTrue(e.getMessage().startsWith("spring.flyway.locations in application.properties is '${MIGRATIONS}', and nothing sets MIGRATIONS"),
        e.getMessage());
    assertTrue(e.getMessage().contains("A stand-in would change what is checked"), e.getMessage());
  }

  /** The real project's {@code applicationBpn: ${TRACEABILITY_BPN}}: Flyway gets the reference as written, the settings name it as a stand-in. */
  @Test
  void aPlaceholderNothingSetsRunsWithTheReferenceAsWrittenAndTheOthersResolve() throws Exception {
    Files.writeString(classes.resolve("application.yml"), """
        spring:
          application.name: shop
          flyway:
            table: ${INTEGRITY_TEST_UNSET_TABLE:shop_history}
            placeholders:
              applicationBpn: ${INTEGRITY_TEST_UNSET_BPN}
              owner: ${spring.application.name}
        """);
    FlywaySettings settings = FlywaySettings.resolve(List.of(), List.of(classes), SpringBootSettings.DEFAULT_PROFILES);
    assertEquals(Map.of("applicationBpn", "${INTEGRITY_TEST_UNSET_BPN}", "owner", "shop"), settings.placeholders());
    assertEquals("shop_history", settings.historyTable());
    assertEquals(List.of(new dev.integrity.core.model.Setting("${INTEGRITY_TEST_UNSET_BPN}",
        "spring.flyway.placeholders.applicationBpn in application.yml")), settings.standIns());
  }
}
