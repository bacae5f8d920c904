package dev.integrity.core.drift;

import dev.integrity.core.diff.Difference;
import java.util.List;

/**
 * The differ speaks of "the model" and "the migrated database"; in a drift check the expected side is
 * the migrations (or their snapshot) and the other side the live database.
 */
final class DriftWording {

  private DriftWording() {}

  static List<Difference> reword(List<Difference> differences) {
    return differences.stream().map(d -> d.withSeverity(d.severity(), text(d.message()))).toList();
  }

  static String text(String message) {
    return message.replace("the entity model and the migrated database", "the migrations and the live database")
        .replace("the migrated database", "the live database")
        .replace("the model", "the migrations");
  }
}
