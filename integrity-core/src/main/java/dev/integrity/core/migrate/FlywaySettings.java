package dev.integrity.core.migrate;

import dev.integrity.core.model.MigrationSettings;
import dev.integrity.core.model.Setting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Flyway configuration the application migrates with: where its migrations are, the placeholders they
 * use, the schemas Flyway manages, its history table and the prefix of versioned SQL migrations. Null or
 * empty values are Flyway's defaults. {@code origin} says where the locations came from, for the log; {@code
 * standIns} are the placeholders whose {@code ${…}} references nothing sets, which run with them as written.
 */
public record FlywaySettings(
    List<String> locations,
    Map<String, String> placeholders,
    List<String> schemas,
    String defaultSchema,
    boolean baselineOnMigrate,
    String baselineVersion,
    String table,
    String sqlMigrationPrefix,
    String origin,
    List<Setting> standIns) {

  public static final List<String> DEFAULT_LOCATIONS = List.of("classpath:db/migration");
  /** Flyway's own name for its history table. */
  public static final String DEFAULT_TABLE = "flyway_schema_history";
  /** What Spring Boot puts for {@code {vendor}} in a location when the database is PostgreSQL. */
  private static final String VENDOR = "postgresql";

  public FlywaySettings {
    locations = List.copyOf(locations);
    placeholders = Map.copyOf(placeholders);
    schemas = List.copyOf(schemas);
    standIns = List.copyOf(standIns);
  }

  /** Flyway's defaults at {@code locations}. */
  public static FlywaySettings at(List<String> locations) {
    return new FlywaySettings(locations, Map.of(), List.of(), null, false, null, null, null, null, List.of());
  }

  /**
   * The given {@code <flywayLocations>} win; else the application's {@code spring.flyway.*} or {@code quarkus.flyway.*}
   * under {@code applicationRoots} in the active {@code profiles}, with Spring Boot's {@code {vendor}} as PostgreSQL's; else
   * Flyway's defaults. A placeholder's value may keep a reference nothing sets (a stand-in, rarely shaping the schema);
   * any other setting read may not.
   */
  public static FlywaySettings resolve(List<String> flywayLocations, List<Path> applicationRoots, List<String> profiles) {
    Map<String, Setting> spring = MigrationSettings.flyway(applicationRoots, profiles);
    Setting springLocations = spring.get("locations");
    List<String> locations = !flywayLocations.isEmpty() ? flywayLocations
        : springLocations != null ? list(springLocations).stream().map(l -> l.replace("{vendor}", VENDOR)).toList()
        : DEFAULT_LOCATIONS;
    Map<String, String> placeholders = new TreeMap<>();
    List<Setting> standIns = new ArrayList<>();
    spring.forEach((key, setting) -> {
      if (key.startsWith("placeholders.")) {
        placeholders.put(key.substring("placeholders.".length()), setting.value().trim());
        if (!setting.unresolved().isEmpty()) {
          standIns.add(setting);
        }
      }
    });
    String origin = !flywayLocations.isEmpty() ? "<flywayLocations>" : springLocations != null ? springLocations.source() : "Flyway's default";
    return new FlywaySettings(locations, placeholders, spring.containsKey("schemas") ? list(spring.get("schemas")) : List.of(),
        text(spring, "defaultschema"), Boolean.parseBoolean(text(spring, "baselineonmigrate")), text(spring, "baselineversion"),
        text(spring, "table"), text(spring, "sqlmigrationprefix"), origin, standIns);
  }

  /** Where the history table is: the default schema, else the first of the schemas, else the connection's (null). */
  public String historySchema() {
    return defaultSchema != null ? defaultSchema : schemas.isEmpty() ? null : schemas.get(0);
  }

  /** The prefix of versioned SQL migrations: {@code V} unless set. */
  public String sqlMigrationPrefix() {
    return sqlMigrationPrefix != null ? sqlMigrationPrefix : "V";
  }

  public String historyTable() {
    return table != null ? table : DEFAULT_TABLE;
  }

  private static String text(Map<String, Setting> settings, String key) {
    Setting setting = settings.get(key);
    return setting == null || setting.value().isBlank() ? null : value(setting);
  }

  private static List<String> list(Setting setting) {
    return Arrays.stream(value(setting).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String value(Setting setting) {
    if (!setting.unresolved().isEmpty()) {
      throw setting.unresolvedError();
    }
    return setting.value().trim();
  }
}
