package dev.integrity.core.migrate;

import dev.integrity.core.common.Log;
import dev.integrity.core.model.JdbcUrlSchema;
import dev.integrity.core.model.MigrationSettings;
import dev.integrity.core.model.Setting;
import dev.integrity.core.model.SpringBootSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which changeSets database A gets and with which {@code ${…}} parameters, as the application applies
 * them in production: a parameter whose value keeps a reference nothing sets runs with it as written (with a
 * warning), while contexts, labels and schemas must resolve. {@code contexts} null means Liquibase's own rule
 * (every changeSet) except the changeSets whose only context is {@code test}; {@code labels} null means no label filter. {@code
 * defaultSchema} is where the changeSets' unqualified objects go and {@code liquibaseSchema} where Liquibase's
 * own tables go (null: the connection's, {@code public}).
 */
public record LiquibaseOptions(String contexts, String labels, Map<String, String> parameters, String defaultSchema, String liquibaseSchema) {

  public static final LiquibaseOptions NONE = new LiquibaseOptions(null, null, Map.of());

  public LiquibaseOptions {
    parameters = Map.copyOf(parameters);
  }

  public LiquibaseOptions(String contexts, String labels, Map<String, String> parameters) {
    this(contexts, labels, parameters, null, null);
  }

  /**
   * The given {@code <contexts>}, {@code <labels>} and {@code <changeLogParameters>} win; else the
   * application's {@code spring.liquibase.*} under {@code applicationRoots} in the active {@code profiles} (see {@link SpringBootSettings#liquibase}).
   * Logs what was chosen and where it came from.
   */
  public static LiquibaseOptions resolve(String contexts, String labels, Map<String, String> changeLogParameters,
      List<Path> applicationRoots, List<String> profiles, Log log) {
    Map<String, Setting> application = MigrationSettings.liquibase(applicationRoots, profiles);
    String chosenContexts = choose("contexts", contexts, "<contexts>", application.get("contexts"), log);
    Setting springLabels = application.containsKey("labelfilter") ? application.get("labelfilter") : application.get("labels");
    String chosenLabels = choose("labels", labels, "<labels>", springLabels, log);
    Map<String, String> parameters = new TreeMap<>();
    application.forEach((key, setting) -> {
      if (key.startsWith("parameters.")) {
        String name = key.substring("parameters.".length());
        parameters.put(name, setting.value());
        if (!setting.unresolved().isEmpty() && !changeLogParameters.containsKey(name)) {
          log.warn(setting.standInWarning());
        }
      }
    });
    parameters.putAll(changeLogParameters);
    if (!parameters.isEmpty()) {
      log.info("Liquibase changelog parameters: " + String.join(", ", parameters.keySet()));
    }
    Setting defaultSchema = defaultSchema(application);
    Setting liquibaseSchema = application.get("liquibaseschema");
    if (defaultSchema != null) {
      log.info("Liquibase default schema: " + defaultSchema.value() + " (from " + defaultSchema.source() + ")");
    }
    if (liquibaseSchema != null && !liquibaseSchema.unresolved().isEmpty()) {
      throw liquibaseSchema.unresolvedError();
    }
    return new LiquibaseOptions(chosenContexts, chosenLabels, parameters, defaultSchema == null ? null : defaultSchema.value(),
        liquibaseSchema == null ? null : liquibaseSchema.value().trim());
  }

  /**
   * Where the application's Liquibase puts unqualified objects: {@code spring.liquibase.default-schema}, else the
   * schema {@code spring.liquibase.url} makes current, else the one {@code spring.datasource.url} does; null for
   * the connection's own.
   */
  static Setting defaultSchema(Map<String, Setting> application) {
    Setting set = application.get("defaultschema");
    if (set != null && !set.unresolved().isEmpty()) {
      throw set.unresolvedError();
    }
    if (set != null && !set.value().isBlank()) {
      return new Setting(set.value().trim(), set.source());
    }
    for (String url : List.of("url", "datasource.url")) {
      Setting setting = application.get(url);
      if (setting != null) {
        java.util.Optional<String> schema = JdbcUrlSchema.of(setting.value());
        if (schema.isPresent()) {
          return new Setting(schema.get(), "currentSchema of " + setting.source());
        }
        if (url.equals("url")) {
          return null;
        }
      }
    }
    return null;
  }

  private static String choose(String what, String given, String parameter, Setting application, Log log) {
    if (given != null && !given.isBlank()) {
      log.info("Liquibase " + what + ": " + given.trim() + " (from " + parameter + ")");
      return given.trim();
    }
    if (application != null && !application.unresolved().isEmpty()) {
      throw application.unresolvedError("set " + parameter);
    }
    if (application != null && !application.value().isBlank()) {
      log.info("Liquibase " + what + ": " + application.value().trim() + " (from " + application.source() + ")");
      return application.value().trim();
    }
    return null;
  }
}
