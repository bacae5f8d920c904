package dev.integrity.core.diff;

/**
 * The closed set of differences (part of the user contract: names never change), each with its description,
 * default severity and scope. "Missing" means on the expected side (the model, the migrations) but not on the
 * actual one (the migrated or live database); "extra" the other way round. A description names the sides
 * with {@code %1$s} (expected) and {@code %2$s} (actual); see {@link #description(Sides)}.
 */
public enum DifferenceKind {
  MISSING_TABLE("A table in %1$s is not in %2$s.", Severity.CRITICAL, Scope.SCHEMA),
  EXTRA_TABLE("A table in %2$s is not in %1$s.", Severity.LOW, Scope.SCHEMA),
  MISSING_COLUMN("A column in %1$s is not in %2$s.", Severity.CRITICAL, Scope.SCHEMA),
  EXTRA_COLUMN("A column in %2$s is not in %1$s.", Severity.LOW, Scope.SCHEMA),
  TYPE_MISMATCH("A column's type, length, precision or scale differs between %1$s and %2$s.", Severity.HIGH, Scope.SCHEMA),
  NULLABILITY_MISMATCH("A column is NOT NULL in %1$s or %2$s and nullable in the other.", Severity.MEDIUM, Scope.SCHEMA),
  DEFAULT_MISMATCH("A column's default or generation differs between %1$s and %2$s.", Severity.MEDIUM, Scope.SCHEMA),
  PRIMARY_KEY_MISMATCH("A table's primary key differs between %1$s and %2$s.", Severity.HIGH, Scope.SCHEMA),
  MISSING_FOREIGN_KEY("A foreign key in %1$s is not in %2$s.", Severity.HIGH, Scope.SCHEMA),
  EXTRA_FOREIGN_KEY("A foreign key in %2$s is not in %1$s.", Severity.LOW, Scope.SCHEMA),
  FOREIGN_KEY_MISMATCH("A foreign key's target or actions differ between %1$s and %2$s.", Severity.HIGH, Scope.SCHEMA),
  MISSING_UNIQUE("A unique constraint in %1$s is not in %2$s.", Severity.HIGH, Scope.SCHEMA),
  EXTRA_UNIQUE("A unique constraint in %2$s is not in %1$s.", Severity.LOW, Scope.SCHEMA),
  MISSING_INDEX("An index in %1$s is not in %2$s.", Severity.MEDIUM, Scope.SCHEMA),
  EXTRA_INDEX("An index in %2$s is not in %1$s.", Severity.LOW, Scope.SCHEMA),
  MISSING_CHECK("A check constraint in %1$s is not in %2$s.", Severity.MEDIUM, Scope.SCHEMA),
  EXTRA_CHECK("A check constraint in %2$s is not in %1$s.", Severity.HIGH, Scope.SCHEMA),
  CHECK_MISMATCH("A check constraint differs between %1$s and %2$s.", Severity.HIGH, Scope.SCHEMA),
  ENUM_MISMATCH("The values an enum column or type accepts differ between %1$s and %2$s.", Severity.HIGH, Scope.SCHEMA),
  MISSING_SEQUENCE("A sequence in %1$s is not in %2$s.", Severity.CRITICAL, Scope.SCHEMA),
  EXTRA_SEQUENCE("A sequence in %2$s is not in %1$s.", Severity.LOW, Scope.SCHEMA),
  SEQUENCE_MISMATCH("A sequence's increment (or, compared exactly, its start) differs between %1$s and %2$s.", Severity.HIGH, Scope.SCHEMA),
  UNAPPLIED_CHANGESET("A changeSet of the changelog has not been applied to the live database.", Severity.HIGH, Scope.LIVE_ONLY),
  UNKNOWN_CHANGESET("The live database records a changeSet the changelog no longer has.", Severity.MEDIUM, Scope.LIVE_ONLY),
  CHANGED_CHECKSUM("A changeSet applied to the live database has been edited since.", Severity.HIGH, Scope.LIVE_ONLY),
  ORPHAN_ROWS("Rows of the live database reference rows that do not exist.", Severity.HIGH, Scope.DATA),
  NULL_ROWS("Rows of the live database hold NULL where the entities declare NOT NULL.", Severity.HIGH, Scope.DATA),
  UNKNOWN_ENUM_VALUES("Rows of the live database hold values the Java enum does not have.", Severity.CRITICAL, Scope.DATA),
  DUPLICATE_ROWS("Rows of the live database repeat values the entities declare unique.", Severity.HIGH, Scope.DATA),
  DATA_CHECK_FAILED("A read-only data check could not run on the live database.", Severity.LOW, Scope.DATA);

  /** Where a kind is found: comparing two schemas, only a live database's history, or a live database's rows. */
  public enum Scope {
    SCHEMA,
    LIVE_ONLY,
    DATA
  }

  private final String description;
  private final Severity defaultSeverity;
  private final Scope scope;

  DifferenceKind(String description, Severity defaultSeverity, Scope scope) {
    this.description = description;
    this.defaultSeverity = defaultSeverity;
    this.scope = scope;
  }

  /** One sentence naming the sides, e.g. "A table in the migrations is not in the live database." */
  public String description(Sides sides) {
    return String.format(description, sides.expected(), sides.actual());
  }

  /** The severity a difference of this kind has unless its comparer knows better (e.g. a column that blocks inserts). */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  public Scope scope() {
    return scope;
  }

  /** True for the kinds only {@code drift} reports on a live database: its history and its rows; they have no fix. */
  public boolean liveOnly() {
    return scope != Scope.SCHEMA;
  }
}
