package dev.integrity.core.diff;

/**
 * The lenient rules of the comparison (docs/comparison.md): each names one way the database may differ from
 * the expected side without it being a difference. A {@link ComparePolicy} lists the rules that apply.
 */
public enum CompareRule {
  /** A default in the database that the expected side does not declare is database-side behaviour. */
  UNDECLARED_DEFAULT,
  /** A plain index leading with a foreign key's columns serves the key (what the fk-without-index lint asks for). */
  FK_SERVING_INDEX,
  /** The check Hibernate generates for an enum column may be absent from the database. */
  ABSENT_ENUM_CHECK,
  /** A sequence's start value (and cache) is not drift. */
  SEQUENCE_START,
  /** {@code timestamp(6)} and {@code time(6)} are PostgreSQL's default precision: the same as none. */
  TIMESTAMP_PRECISION,
  /** An identity column matches an identity of the other kind, a serial, or a default drawn from a sequence of its own. */
  IDENTITY_SERIAL,
  /** A unique key on exactly the primary key's columns adds nothing to the primary key. */
  UNIQUE_ON_PRIMARY_KEY,
  /** ON DELETE / ON UPDATE actions on a foreign key the expected side declares without actions. */
  UNDECLARED_FK_ACTIONS,
  /** Non-unique indexes the expected side does not declare (partial, expression, GIN, covering ones JPA cannot express). */
  UNDECLARED_INDEX,
  /** A unique constraint on exactly a foreign key's columns: a {@code @OneToOne} join column some Hibernate lines leave unmarked. */
  ONE_TO_ONE_UNIQUE,
  /** A join table's primary key covering columns the expected side makes NOT NULL and UNIQUE is equivalent to them. */
  JOIN_TABLE_PRIMARY_KEY,
  /** A table (or sequence) the expected side lacks that a library reads with plain JDBC: ShedLock, Quartz, Spring Batch, Spring Session, Spring Integration. */
  LIBRARY_TABLE,
  /**
   * A table of the expected side may be a view (or materialized view) in the actual database: an entity mapped
   * onto a view, which Hibernate's export can only create as a table. It compares by its columns' names and
   * types; columns the entity does not map, keys, constraints and indexes are the view's own business.
   */
  VIEW_ENTITY,
  /** A named enum type's labels compare as a set: Hibernate's export sorts them, so the model's order means nothing. */
  ENUM_LABEL_ORDER,
  /** A varchar narrower than the length Hibernate defaulted for an enum column, long enough for every value of its enum check. */
  ENUM_LENGTH_FITS
}
