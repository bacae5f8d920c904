package dev.integrity.core.diff;

/**
 * The closed set of differences (part of the user contract: names never change). "Missing" means in the
 * model but not in the migrated database; "extra" the other way round.
 */
public enum DifferenceKind {
  MISSING_TABLE,
  EXTRA_TABLE,
  MISSING_COLUMN,
  EXTRA_COLUMN,
  TYPE_MISMATCH,
  NULLABILITY_MISMATCH,
  DEFAULT_MISMATCH,
  PRIMARY_KEY_MISMATCH,
  MISSING_FOREIGN_KEY,
  EXTRA_FOREIGN_KEY,
  FOREIGN_KEY_MISMATCH,
  MISSING_UNIQUE,
  EXTRA_UNIQUE,
  MISSING_INDEX,
  EXTRA_INDEX,
  MISSING_CHECK,
  EXTRA_CHECK,
  CHECK_MISMATCH,
  ENUM_MISMATCH,
  MISSING_SEQUENCE,
  EXTRA_SEQUENCE,
  SEQUENCE_MISMATCH,
  // drift: a live database's Liquibase history against the changelog (docs/drift.md)
  UNAPPLIED_CHANGESET,
  UNKNOWN_CHANGESET,
  CHANGED_CHECKSUM,
  // drift data checks: rows of a live database that break what the model declares (docs/drift.md)
  ORPHAN_ROWS,
  NULL_ROWS,
  UNKNOWN_ENUM_VALUES,
  DUPLICATE_ROWS,
  DATA_CHECK_FAILED;

  /** True for the kinds only {@code drift} reports on a live database: its history and its rows; they have no fix. */
  public boolean liveOnly() {
    return ordinal() >= UNAPPLIED_CHANGESET.ordinal();
  }

  /** True for kinds about a column (the report's {@code column} member is set). */
  public boolean columnLevel() {
    return switch (this) {
      case MISSING_COLUMN, EXTRA_COLUMN, TYPE_MISMATCH, NULLABILITY_MISMATCH, DEFAULT_MISMATCH, NULL_ROWS, UNKNOWN_ENUM_VALUES -> true;
      default -> false;
    };
  }
}
