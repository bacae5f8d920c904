package dev.integrity.core.report;

import dev.integrity.core.diff.DifferenceKind;
import dev.integrity.core.lint.LintRule;

/** One sentence per difference kind and lint rule, for the rules of SARIF and the HTML page. "Missing" means in the model only. */
final class KindDescriptions {

  private KindDescriptions() {}

  static String of(DifferenceKind kind) {
    return switch (kind) {
      case MISSING_TABLE -> "A table of the entity model is not in the migrated database.";
      case EXTRA_TABLE -> "A table of the migrated database is not in the entity model.";
      case MISSING_COLUMN -> "A column of the entity model is not in the migrated database.";
      case EXTRA_COLUMN -> "A column of the migrated database is not in the entity model.";
      case TYPE_MISMATCH -> "A column's type, length, precision or scale differs between the model and the database.";
      case NULLABILITY_MISMATCH -> "A column is NOT NULL on one side and nullable on the other.";
      case DEFAULT_MISMATCH -> "A column's default differs between the model and the database.";
      case PRIMARY_KEY_MISMATCH -> "A table's primary key differs between the model and the database.";
      case MISSING_FOREIGN_KEY -> "A foreign key of the entity model is not in the migrated database.";
      case EXTRA_FOREIGN_KEY -> "A foreign key of the migrated database is not in the entity model.";
      case FOREIGN_KEY_MISMATCH -> "A foreign key's target or actions differ between the model and the database.";
      case MISSING_UNIQUE -> "A unique constraint of the entity model is not in the migrated database.";
      case EXTRA_UNIQUE -> "A unique constraint of the migrated database is not in the entity model.";
      case MISSING_INDEX -> "An index of the entity model is not in the migrated database.";
      case EXTRA_INDEX -> "An index of the migrated database is not in the entity model.";
      case MISSING_CHECK -> "A check constraint of the entity model is not in the migrated database.";
      case EXTRA_CHECK -> "A check constraint of the migrated database is not in the entity model.";
      case CHECK_MISMATCH -> "A check constraint differs between the model and the database.";
      case ENUM_MISMATCH -> "The values an enum column accepts differ between the model and the database.";
      case MISSING_SEQUENCE -> "A sequence of the entity model is not in the migrated database.";
      case EXTRA_SEQUENCE -> "A sequence of the migrated database is not in the entity model.";
      case SEQUENCE_MISMATCH -> "A sequence's increment differs from the model's allocation size.";
      case UNAPPLIED_CHANGESET -> "A changeSet of the changelog has not been applied to the live database.";
      case UNKNOWN_CHANGESET -> "The live database records a changeSet the changelog no longer has.";
      case CHANGED_CHECKSUM -> "A changeSet applied to the live database has been edited since.";
      case ORPHAN_ROWS -> "Rows of the live database reference rows that do not exist.";
      case NULL_ROWS -> "Rows of the live database hold NULL where the model declares NOT NULL.";
      case UNKNOWN_ENUM_VALUES -> "Rows of the live database hold values the Java enum does not have.";
      case DUPLICATE_ROWS -> "Rows of the live database repeat values the model declares unique.";
      case DATA_CHECK_FAILED -> "A read-only data check could not run on the live database.";
    };
  }

  static String of(LintRule rule) {
    return switch (rule) {
      case FK_WITHOUT_INDEX -> "A foreign key's columns lead no index, so deleting or updating a referenced row scans the whole table.";
      case DESTRUCTIVE_CHANGE -> "A changeSet drops a table or a column, or narrows a column's type, destroying data.";
      case MISSING_ROLLBACK -> "A changeSet Liquibase cannot roll back declares no rollback.";
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
