package dev.integrity.core.migrate;

import dev.integrity.core.common.IntegrityException;
import java.util.Locale;

/** Parameter {@code migrations}: which tool's migrations the project has; {@code AUTO} looks for both. */
public enum Migrations {
  AUTO,
  LIQUIBASE,
  FLYWAY;

  /** {@code auto}, {@code liquibase} or {@code flyway}, case and blanks ignored; null is {@code auto}. */
  public static Migrations parse(String text) {
    String value = text == null ? "auto" : text.trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "auto" -> AUTO;
      case "liquibase" -> LIQUIBASE;
      case "flyway" -> FLYWAY;
      default -> throw new IntegrityException("<migrations> is '" + text + "'; allowed values: liquibase, flyway, auto.");
    };
  }
}
