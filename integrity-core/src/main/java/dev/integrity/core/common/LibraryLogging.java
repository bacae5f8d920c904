package dev.integrity.core.common;

import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Keeps the libraries the plugin runs (Testcontainers and its Docker client, the embedded PostgreSQL, Liquibase, Flyway,
 * Hibernate, the JDBC driver, HikariCP) at WARN and above where they log through SLF4J: Maven's own binding in the
 * plugin's realm (and slf4j-simple in a project's class loader under Maven 3). These simple loggers read a level per
 * logger name prefix from system properties when they create a logger, so the levels are set before the first run
 * touches a library. A level the user set is kept; with {@code -X} nothing is set.
 */
public final class LibraryLogging {

  static final String SIMPLE_LOGGER = "org.slf4j.simpleLogger.log.";
  /** Maven 4's binding reads its own prefix, and warns on stderr about the simple logger's. */
  static final String MAVEN_4_LOGGER = "maven.logger.log.";

  /** Logger name prefixes; {@code tc} is Testcontainers' per-image loggers ({@code tc.postgres:17}). */
  static final List<String> LIBRARIES = List.of("org.testcontainers", "tc", "com.github.dockerjava", "io.zonky", "liquibase",
      "org.flywaydb", "org.hibernate", "org.jboss.logging", "org.postgresql", "com.zaxxer.hikari");

  private LibraryLogging() {}

  public static void quiet(boolean debug) {
    if (debug) {
      return;
    }
    String prefix = prefix();
    synchronized (System.getProperties()) {
      for (String library : LIBRARIES) {
        if (System.getProperty(prefix + library) == null) {
          System.setProperty(prefix + library, "warn");
        }
      }
    }
  }

  static String prefix() {
    return LoggerFactory.getILoggerFactory().getClass().getName().startsWith("org.apache.maven.slf4j.") ? MAVEN_4_LOGGER : SIMPLE_LOGGER;
  }
}
