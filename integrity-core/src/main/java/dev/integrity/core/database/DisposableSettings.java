package dev.integrity.core.database;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server settings of the servers the plugin starts and throws away (embedded, docker): no durability.
 * Every Liquibase changeSet commits, and a crash of a scratch server loses nothing anyone keeps, so
 * neither a commit nor a checkpoint waits for the disk. Never applied to the user's server (jdbc).
 */
final class DisposableSettings {

  static final Map<String, String> NO_DURABILITY = settings();

  private DisposableSettings() {}

  private static Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("fsync", "off");
    settings.put("synchronous_commit", "off");
    settings.put("full_page_writes", "off");
    return Collections.unmodifiableMap(settings);
  }

  /** The {@code postgres} command line of a container: {@code postgres -c fsync=off ...}. */
  static String[] command() {
    List<String> command = new ArrayList<>(List.of("postgres"));
    NO_DURABILITY.forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
    return command.toArray(String[]::new);
  }
}
