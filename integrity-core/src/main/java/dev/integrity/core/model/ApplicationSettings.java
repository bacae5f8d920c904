package dev.integrity.core.model;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.common.Log;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Hibernate settings the application boots with, so that the model is exported exactly as it runs.
 * From weakest to strongest: Spring Boot's (or Micronaut Data's) naming strategies when it is on the classpath, the
 * persistence unit of {@code persistence.xml}, the schema {@code spring.datasource.url} makes current (as
 * {@code hibernate.default_schema}: the application's unqualified tables live there), the application's
 * {@code application.yml/properties} (Spring Boot's {@code spring.jpa.*}, Quarkus's {@code quarkus.hibernate-orm.*}, Micronaut's {@code jpa.<name>.properties}),
 * then the plugin's {@code <hibernateProperties>}, {@code <physicalNamingStrategy>} and
 * {@code <implicitNamingStrategy>}. A dialect that is not PostgreSQL's (H2's for the tests) is left out: the model is
 * exported into PostgreSQL. Settings that decide how the plugin itself connects and exports
 * (connections, schema generation actions, caches) are the plugin's and are left out.
 */
final class ApplicationSettings {

  private static final List<String> PLUGIN_OWNED = List.of(
      "hibernate.connection.", "hibernate.hbm2ddl.", "jakarta.persistence.schema-generation.", "javax.persistence.schema-generation.",
      "jakarta.persistence.jdbc.", "javax.persistence.jdbc.", "hibernate.cache.", "hibernate.javax.cache.",
      "jakarta.persistence.sharedCache.", "hibernate.show_sql", "hibernate.format_sql", "hibernate.generate_statistics");

  private static final String DIALECT = "hibernate.dialect";

  private ApplicationSettings() {}

  /** The settings to export with, each logged with its source. */
  static Map<String, String> detect(ModelRequest request, ClassLoader project, Log log) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    settings.putAll(NamingDefaults.detect(project));
    settings.putAll(PersistenceXml.read(request.entityRoots()));
    SpringBootSettings.datasourceSchema(request.entityRoots(), request.profiles())
        .ifPresent(schema -> settings.put("hibernate.default_schema", schema));
    settings.putAll(SpringBootSettings.read(request.entityRoots(), request.profiles(), log));
    settings.putAll(QuarkusSettings.hibernate(request.entityRoots(), request.profiles()));
    settings.putAll(MicronautSettings.hibernate(request.entityRoots(), request.profiles()));
    request.hibernateProperties().forEach((key, value) -> settings.put(key, new Setting(value, "<hibernateProperties>")));
    if (request.physicalNamingStrategy() != null) {
      settings.put(NamingDefaults.PHYSICAL, new Setting(request.physicalNamingStrategy(), "<physicalNamingStrategy>"));
    }
    if (request.implicitNamingStrategy() != null) {
      settings.put(NamingDefaults.IMPLICIT, new Setting(request.implicitNamingStrategy(), "<implicitNamingStrategy>"));
    }
    Setting dialect = settings.get(DIALECT);
    if (dialect != null && !PostgresDialect.is(dialect.value(), project)) {
      settings.remove(DIALECT);
      log.info("Hibernate dialect: " + dialect.value() + " (" + dialect.source() + ") is not PostgreSQL's and is ignored;"
          + " the model is exported with the dialect Hibernate chooses for PostgreSQL");
    }
    Map<String, String> effective = new TreeMap<>();
    Map<String, String> logged = new TreeMap<>();
    settings.forEach((key, setting) -> {
      if (PLUGIN_OWNED.stream().anyMatch(key::startsWith)) {
        return;
      }
      effective.put(key, setting.value());
      logged.put(key, setting.value() + " (" + setting.source() + ")");
    });
    if (logged.isEmpty()) {
      log.info("Hibernate settings: Hibernate's defaults (no Spring Boot, persistence.xml or application settings found)");
    } else {
      log.info("Hibernate settings detected:");
      logged.forEach((key, value) -> log.info("  " + key + " = " + value));
    }
    return effective;
  }

  /**
   * A naming strategy is a class of the project (or of a library it depends on) and must load from the
   * project's class loader, as it does when the application boots: said here with the setting that names
   * it, rather than in Hibernate's words halfway through the export. Names without a dot are Hibernate's
   * short names ({@code jpa}, {@code legacy-hbm}, ...).
   */
  static void checkNamingStrategies(Map<String, String> settings, ModelRequest request, ClassLoader project) {
    for (String key : List.of(NamingDefaults.PHYSICAL, NamingDefaults.IMPLICIT)) {
      String name = settings.getOrDefault(key, "").trim();
      if (!name.contains(".")) {
        continue;
      }
      try {
        Class.forName(name, false, project);
      } catch (ClassNotFoundException | LinkageError e) {
        boolean physical = key.equals(NamingDefaults.PHYSICAL);
        String parameter = physical ? request.physicalNamingStrategy() : request.implicitNamingStrategy();
        String where = parameter != null ? (physical ? "<physicalNamingStrategy>" : "<implicitNamingStrategy>")
            : request.hibernateProperties().containsKey(key) ? "<hibernateProperties>"
            : "the application's settings, such as spring.jpa.hibernate.naming." + (physical ? "physical" : "implicit")
                + "-strategy in application.yml; the log above says where";
        throw new IntegrityException("the naming strategy " + name + " set by " + key + " (" + where + ")"
            + " cannot be loaded from the project's runtime classpath: " + e
            + ". Check the class name, and that the class is compiled in this module or comes from a dependency of compile or runtime scope;"
            + " the application would fail the same way at startup.", e);
      }
    }
  }
}
