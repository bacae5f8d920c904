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
      case TABLE_REWRITE -> "A new changeSet rewrites an existing table or rebuilds one of its indexes (observed: a new relfilenode).";
      case BLOCKING_LOCK -> "A new changeSet works through an existing table's rows while holding a lock that blocks its writes.";
      case INDEX_WITHOUT_CONCURRENTLY -> "A new changeSet builds an index on an existing table without CONCURRENTLY.";
      case CONSTRAINT_VALIDATED_IN_PLACE -> "A new changeSet adds a foreign key or check to an existing table and validates it in the same step.";
      case NOT_NULL_WITHOUT_CHECK -> "A new changeSet sets an existing column NOT NULL without a validated check, so the table is scanned under lock.";
      case RENAME_BREAKS_RUNNING_APP -> "A new changeSet renames or drops a table or column the previous release still uses.";
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
