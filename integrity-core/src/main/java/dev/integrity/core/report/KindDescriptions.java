package dev.integrity.core.report;

import dev.integrity.core.lint.LintRule;

/** One sentence per lint rule, for the rules of SARIF (difference kinds carry their own: {@code DifferenceKind.description}). */
final class KindDescriptions {

  private KindDescriptions() {}

  static String of(LintRule rule) {
    return switch (rule) {
      case FK_WITHOUT_INDEX -> "A foreign key's columns lead no index, so deleting or updating a referenced row scans the whole table.";
      case DESTRUCTIVE_CHANGE -> "A changeSet drops a table or a column, or narrows a column's type, destroying data.";
      case MISSING_ROLLBACK -> "A changeSet Liquibase cannot roll back declares no rollback.";
      case REDUNDANT_INDEX -> "An index whose keys another index of the same uniqueness, or the primary key, already leads with.";
    };
  }

  /** {@code MISSING_COLUMN} becomes {@code MissingColumn}: SARIF's rule name. */
  static String camelName(Enum<?> kind) {
    StringBuilder name = new StringBuilder();
    for (String part : kind.name().split("_")) {
      name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return name.toString();
  }
}
