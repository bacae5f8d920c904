package dev.integrity.core.common;

import java.util.List;

/**
 * Keeps the libraries the plugin runs (Testcontainers and its Docker client, the embedded PostgreSQL, Liquibase, Flyway,
 * Hibernate, the JDBC driver, HikariCP) at WARN and above where they log through SLF4J's simple logger: Maven's own
 * binding in the plugin's realm, and slf4j-simple in a project's class loader. That logger reads a level per logger
 * name prefix from system properties when it creates a logger, so they are set before the first run touches a
 * library. A level the user set is kept; with {@code -X} nothing is set.
 */
public final class LibraryLogging {

  static final String PREFIX = "org.slf4j.simpleLogger.log.";

  /** Logger name prefixes; {@code tc} is Testcontainers' per-image loggers ({@code tc.postgres:17}). */
  static final List<String> LIBRARIES = List.of("org.testcontainers", "tc", "com.github.dockerjava", "io.zonky", "liquibase",
      "org.flywaydb", "org.hibernate", "org.jboss.logging", "org.postgresql", "com.zaxxer.hikari");

  private LibraryLogging() {}

  public static void quiet(boolean debug) {
    if (debug) {
      return;
    }
    synchronized (System.getProperties()) {
      for (String library : LIBRARIES) {
        if (System.getProperty(PREFIX + library) == null) {
          System.setProperty(PREFIX + library, "warn");
        }
      }
    }
  }
}
