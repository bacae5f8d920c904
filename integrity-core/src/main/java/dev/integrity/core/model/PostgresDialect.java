package dev.integrity.core.model;

import java.util.Locale;

/**
 * Whether a Hibernate dialect writes PostgreSQL's DDL: Hibernate's PostgreSQL dialects (and PostGIS's), and the
 * project's own subclasses of them. A project often sets another one for its tests ({@code H2Dialect} in the
 * default profile); its DDL does not run on PostgreSQL, where the model is exported.
 */
final class PostgresDialect {

  private PostgresDialect() {}

  static boolean is(String className, ClassLoader project) {
    String name = className.trim();
    try {
      for (Class<?> type = Class.forName(name, false, project); type != null; type = type.getSuperclass()) {
        if (postgresName(type.getName())) {
          return true;
        }
      }
      return false;
    } catch (ClassNotFoundException | LinkageError e) {
      return postgresName(name);
    }
  }

  private static boolean postgresName(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return simple.startsWith("postgres") || simple.startsWith("postgis");
  }
}
