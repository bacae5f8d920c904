package dev.integrity.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationSettingsTest {

  private final List<String> logged = new ArrayList<>();
  private final Log log = new Log() {
    @Override
    public void info(String message) {
      logged.add(message);
    }

    @Override
    public void warn(String message) {
      logged.add("WARN " + message);
    }
  };

  @Test
  void readsSpringJpaSettingsOfTheDefaultProfileFromApplicationYml(@TempDir Path classes) throws Exception {
    Files.writeString(classes.resolve("application.yml"), """
        spring:
          jpa:
            open-in-view: false
            database-platform: org.hibernate.dialect.PostgreSQLDialect
            hibernate:
              ddl-auto: none
              naming:
                physical-strategy: com.example.MyPhysical
            properties:
              hibernate.type.preferred_instant_jdbc_type: TIMESTAMP
              hibernate:
                default_schema: app
                connection.provider_disables_autocommit: true
                cache.use_second_level_cache: true
              jakarta.persistence.schema-generation.database.action: none
        ---
        spring:
          config.activate.on-profile: dev
          jpa.properties.hibernate.default_schema: dev
        """);
    Map<String, String> settings = detect(classes, null, null, Map.of());
    assertEquals(Map.of(
        "hibernate.physical_naming_strategy", "com.example.MyPhysical",
        "hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect",
        "hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP",
        "hibernate.default_schema", "app"), settings);
    assertTrue(logged.contains("  hibernate.default_schema = app (application.yml)"), logged.toString());
  }

  @Test
  void propertiesOverrideYamlAndConfigOverridesTheRoot(@TempDir Path classes) throws Exception {
    Files.writeString(classes.resolve("application.yml"), "spring.jpa.properties.hibernate.default_schema: a\n");
    Files.writeString(classes.resolve("application.properties"), "spring.jpa.properties.hibernate.default_schema=b\n"
        + "spring.jpa.hibernate.naming.implicit-strategy=com.example.Implicit\n#---\nspring.config.activate.on-profile=dev\n"
        + "spring.jpa.properties.hibernate.default_schema=dev\n");
    Files.createDirectories(classes.resolve("config"));
    Files.writeString(classes.resolve("config/application.yml"), "spring: {jpa: {properties: {hibernate.default_catalog: c}}}\n");
    assertEquals(Map.of("hibernate.default_schema", "b", "hibernate.implicit_naming_strategy", "com.example.Implicit",
        "hibernate.default_catalog", "c"), detect(classes, null, null, Map.of()));
  }

  @Test
  void persistenceXmlIsReadAndTheApplicationsSettingsAndParametersWinOverIt(@TempDir Path classes) throws Exception {
    Files.createDirectories(classes.resolve("META-INF"));
    Files.writeString(classes.resolve("META-INF/persistence.xml"), """
        <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
          <persistence-unit name="shop">
            <properties>
              <property name="hibernate.default_schema" value="shop"/>
              <property name="hibernate.physical_naming_strategy" value="com.example.FromXml"/>
              <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://prod/shop"/>
            </properties>
          </persistence-unit>
        </persistence>
        """);
    Files.writeString(classes.resolve("application.properties"), "spring.jpa.properties.hibernate.default_schema=app\n");
    assertEquals(Map.of("hibernate.default_schema", "override", "hibernate.physical_naming_strategy", "com.example.Param",
            "hibernate.implicit_naming_strategy", "com.example.ParamImplicit"),
        detect(classes, "com.example.Param", "com.example.ParamImplicit", Map.of("hibernate.default_schema", "override")));
    assertTrue(logged.contains("  hibernate.physical_naming_strategy = com.example.Param (<physicalNamingStrategy>)"), logged.toString());
  }

  @Test
  void aPlaceholderIsLeftOutWithAWarning(@TempDir Path classes) throws Exception {
    Files.writeString(classes.resolve("application.properties"), "spring.jpa.properties.hibernate.default_schema=${SCHEMA}\n");
    assertEquals(Map.of(), detect(classes, null, null, Map.of()));
    assertTrue(logged.stream().anyMatch(l -> l.startsWith("WARN") && l.contains("${SCHEMA}")), logged.toString());
  }

  @Test
  void aPlaceholderWithADefaultOrSetByAnotherSettingIsUsed(@TempDir Path classes) throws Exception {
    Files.writeString(classes.resolve("application.properties"), """
        app.schema=shop
        spring.jpa.properties.hibernate.default_schema=${app.schema}
        spring.jpa.properties.hibernate.default_catalog=${INTEGRITY_TEST_UNSET_CATALOG:shopdb}
        """);
    assertEquals(Map.of("hibernate.default_schema", "shop", "hibernate.default_catalog", "shopdb"), detect(classes, null, null, Map.of()));
  }

  @Test
  void nothingFoundSaysSo(@TempDir Path classes) {
    assertEquals(Map.of(), detect(classes, null, null, Map.of()));
    assertFalse(logged.isEmpty());
  }

  @Test
  void aBrokenYamlFileIsNamed(@TempDir Path classes) throws Exception {
    Files.writeString(classes.resolve("application.yml"), "spring: [unclosed\n");
    IntegrityException e = assertThrows(IntegrityException.class, () -> detect(classes, null, null, Map.of()));
    assertTrue(e.getMessage().contains("application.yml"), e.getMessage());
  }

  private Map<String, String> detect(Path classes, String physical, String implicit, Map<String, String> properties) {
    ModelRequest request = new ModelRequest(List.of(), List.of(classes), List.of(), List.of(), properties, physical, implicit);
    return ApplicationSettings.detect(request, ClassLoader.getPlatformClassLoader(), log);
  }
}
